using Microsoft.EntityFrameworkCore;
using Portal.Crypto;
using Portal.Web.Data;
using Portal.Web.Features.Intake;

namespace Portal.Web.Features.Cases;

public sealed record EventView(CaseAction Action, CaseStage From, CaseStage To, string Actor, DateTimeOffset At, string? LegalGround, EventDetail Detail);

public sealed record ClockView(Guid Id, string RuleCode, string NameVi, string NameEn, string LegalBasis, DateOnly StartedOn, DateOnly DueOn, DateOnly? PausedOn, DateOnly? StoppedOn,
    int Extensions = 0, string ExtensionPlan = "");

public sealed record ExtensionView(Guid Id, Guid ClockId, Deadlines.Rules.ExtensionGrade Grade, Guid RequesterId, string Requester, DateTimeOffset RequestedAt,
    RequestState State, string? Decider, DateOnly? NewDueOn);

public sealed record NoteView(Guid Id, NoteKind Kind, string Author, DateTimeOffset CreatedAt, string Text, DateOnly? DueOn, DateOnly? DoneOn, long Version);

public sealed record ActionView(Guid Id, ActionKind Kind, bool Immediate, string Description, DateOnly? DueOn, DateOnly? DoneOn);

public sealed record PersonView(Guid Id, string Name);

/// <summary>Everything the case page shows, decrypted in memory for one entitled person; never stored.</summary>
public sealed record CaseFile(
    ReportView Report, long Version, CaseLevel Level, ProtectionState Protection, DateOnly? ProtectionReviewOn, DateOnly? DueOn,
    IReadOnlyList<EventView> Events, IReadOnlyList<ClockView> Clocks, IReadOnlyList<NoteView> Notes, IReadOnlyList<ActionView> Actions,
    IReadOnlyList<PersonView> Assignees, IReadOnlyList<string> Links, int Recusals, string? MergedInto, IReadOnlyList<ExtensionView> Extensions)
{
    public static async Task<CaseFile?> LoadAsync(PortalDbContext db, Report report, SecretKey key, SecretKey? identityKey, CancellationToken ct)
    {
        var view = await ReportView.LoadAsync(db, report, key, identityKey, ct);
        if (view is null)
        {
            return null;
        }

        var names = await db.Users.AsNoTracking().Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        string Name(Guid? id) => id is { } v && names.TryGetValue(v, out var n) ? n : "";

        var events = (await db.CaseEvents.AsNoTracking().Where(e => e.ReportId == report.Id).ToListAsync(ct))
            .OrderBy(e => e.At).ThenBy(e => e.Action == CaseAction.Received ? 0 : 1)
            .Select(e => new EventView(e.Action, e.FromStage, e.ToStage, Name(e.ActorUserId), e.At, e.LegalGround, CaseEvents.Read(e, key))).ToList();
        var clocks = await (from c in db.CaseClocks.AsNoTracking()
                            join r in db.DeadlineRules on c.RuleId equals r.Id
                            where c.ReportId == report.Id
                            orderby c.StartedOn, c.DueOn
                            select new ClockView(c.Id, c.RuleCode, r.NameVi, r.NameEn, r.LegalBasis, c.StartedOn, c.DueOn, c.PausedOn, c.StoppedOn, c.Extensions, r.ExtensionPlan)).ToListAsync(ct);
        var notes = (await db.CaseNotes.AsNoTracking().Where(n => n.ReportId == report.Id).ToListAsync(ct)).OrderBy(n => n.CreatedAt)
            .Select(n => new NoteView(n.Id, n.Kind, Name(n.AuthorUserId), n.CreatedAt, CaseNotes.Read(n, key), n.DueOn, n.DoneOn, n.Version)).ToList();
        var actions = (await db.RecommendedActions.AsNoTracking().Where(a => a.ReportId == report.Id).ToListAsync(ct))
            .Select(a => new ActionView(a.Id, a.Kind, a.Immediate,
                ReportCipher.TryDecryptJson<string>(key, a.Description, ReportCipher.Ad(report.Id, "action", a.Id), out var d) ? d! : "", a.DueOn, a.DoneOn)).ToList();
        var assignees = await db.CaseAssignments.AsNoTracking().Where(a => a.ReportId == report.Id).Select(a => a.UserId).ToListAsync(ct);
        var linked = await db.CaseLinks.AsNoTracking().Where(l => l.FirstId == report.Id || l.SecondId == report.Id)
            .Select(l => l.FirstId == report.Id ? l.SecondId : l.FirstId).ToListAsync(ct);
        var links = await db.Reports.AsNoTracking().Where(r => linked.Contains(r.Id)).Select(r => r.CaseCode).ToListAsync(ct);
        var merged = report.MergedIntoId is { } m ? await db.Reports.Where(r => r.Id == m).Select(r => r.CaseCode).FirstOrDefaultAsync(ct) : null;
        var recusals = await db.CaseRecusals.CountAsync(r => r.ReportId == report.Id, ct);
        var extensions = (await db.ClockExtensions.AsNoTracking().Where(e => e.ReportId == report.Id).ToListAsync(ct)).OrderBy(e => e.RequestedAt)
            .Select(e => new ExtensionView(e.Id, e.ClockId, e.Grade, e.RequestedByUserId, Name(e.RequestedByUserId), e.RequestedAt, e.State,
                e.DecidedByUserId is null ? null : Name(e.DecidedByUserId), e.NewDueOn)).ToList();
        return new CaseFile(view, report.Version, report.Level, report.Protection, report.ProtectionReviewOn, report.DueOn, events, clocks, notes, actions,
            assignees.Select(a => new PersonView(a, Name(a))).ToList(), links, recusals, merged, extensions);
    }
}
