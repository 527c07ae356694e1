using Microsoft.EntityFrameworkCore;
using Portal.Crypto;
using Portal.Web.Data;
using Portal.Web.Features.Intake;

namespace Portal.Web.Features.Cases;

/// <summary>Working papers of a case (plan, notes, tasks, meeting records, protection reviews), encrypted under its content key.</summary>
public sealed class CaseNotes(IDbContextFactory<PortalDbContext> contexts, CaseGate gate, TimeProvider clock, Audit.AuditLog audit)
{
    public const int MaxText = 8000;

    public static string Read(CaseNote note, SecretKey key) =>
        ContentCipher.TryDecryptString(key, note.Body, ReportCipher.Ad(note.ReportId, "note", note.Id), out var text) ? text : "";

    public async Task<CaseResult> AddAsync(CaseActor actor, Guid reportId, NoteKind kind, string? text, DateOnly? dueOn, CancellationToken cancellationToken = default)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || !Enum.IsDefined(kind))
        {
            return CaseResult.Invalid("Cases.Error.NoteRequired");
        }

        if (text.Length > MaxText)
        {
            return CaseResult.Invalid("Cases.Error.TooLong");
        }

        return await WithKeyAsync(actor, reportId, "note", async (db, report, key) =>
        {
            var note = new CaseNote { ReportId = reportId, Kind = kind, AuthorUserId = actor.UserId, CreatedAt = clock.GetUtcNow(), Body = [], DueOn = kind == NoteKind.Task ? dueOn : null };
            note.Body = ContentCipher.EncryptString(key, text, ReportCipher.Ad(reportId, "note", note.Id));
            db.CaseNotes.Add(note);
            await db.SaveChangesAsync(cancellationToken);
            await audit.AppendAsync(CaseAudit.NoteAdded, actor.UserId, reportId.ToString(), $"note={note.Id};kind={kind}", cancellationToken);
            return CaseResult.Done;
        }, cancellationToken);
    }

    public async Task<CaseResult> CompleteTaskAsync(CaseActor actor, Guid reportId, Guid noteId, long version, CancellationToken cancellationToken = default) =>
        await WithKeyAsync(actor, reportId, "task-done", async (db, report, key) =>
        {
            var note = await db.CaseNotes.FirstOrDefaultAsync(n => n.Id == noteId && n.ReportId == reportId && n.Kind == NoteKind.Task, cancellationToken);
            if (note is null)
            {
                return CaseResult.Invalid("Cases.Error.Invalid");
            }

            if (note.Version != version || note.DoneOn is not null)
            {
                return new CaseResult(CaseOutcome.Conflict, Problem: "Cases.Error.Conflict");
            }

            note.DoneOn = DepartmentDate.Of(clock.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return CaseResult.Done;
            }
            catch (DbUpdateConcurrencyException)
            {
                return new CaseResult(CaseOutcome.Conflict, Problem: "Cases.Error.Conflict");
            }
        }, cancellationToken);

    private async Task<CaseResult> WithKeyAsync(CaseActor actor, Guid reportId, string what, Func<PortalDbContext, Report, SecretKey, Task<CaseResult>> work, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (access, report, key) = await gate.OpenReportAsync(db, reportId, actor.UserId, actor.Session, true, cancellationToken);
        using (key)
        {
            if (report is null)
            {
                return new CaseResult(CaseOutcome.NotFound, CaseAccess.NotFound);
            }

            if (key is null)
            {
                await audit.AppendAsync(CaseAudit.Refused, actor.UserId, reportId.ToString(), $"action={what};access={access}", cancellationToken);
                return new CaseResult(CaseOutcome.Refused, access);
            }

            return await work(db, report, key);
        }
    }
}
