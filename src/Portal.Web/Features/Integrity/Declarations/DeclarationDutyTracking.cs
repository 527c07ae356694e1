using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Duties;

namespace Portal.Web.Features.Integrity.Declarations;

/// <summary>
/// The declaration module's duties (ADR 0012), staged on the caller's context so each lives and dies with the
/// record that owes it: a declaration due, a correction requested, a hand-over and a publication after acceptance.
/// Labels are the period code only ("KK-annual-2026"), never the declarant's name.
/// </summary>
internal static class DeclarationDutyTracking
{
    public const string AnnualRule = "declaration.annual";
    private const string OwnPage = "/integrity/declarations";
    private const string ReviewPage = "/integrity/review";

    public static string Label(string periodKey) => $"KK-{periodKey}";

    /// <summary>A planned declaration: owed by the person, counted from the event (placement) or from the day it was planned.</summary>
    public static Task DueAsync(PortalDbContext db, DeclarationDue due, Guid unitId, DateOnly today, CancellationToken cancellationToken)
    {
        var rule = due.Kind switch
        {
            DeclarationKind.First => DeclarationDeadlines.FirstRule,
            DeclarationKind.Appointment => DeclarationDeadlines.AppointmentRule,
            _ => AnnualRule,
        };
        var start = due.Kind == DeclarationKind.First && due.EventDate is { } placed ? placed : today;
        return DutyClocks.TrackAsync(db, new DutyStart(DutyKinds.Declaration, due.Id, Label(due.PeriodKey), rule, unitId, due.StaffMemberId, OwnPage,
            start, due.DueOn), cancellationToken);
    }

    /// <summary>Submission answers the planned declaration of the period and any correction requested.</summary>
    public static async Task SubmittedAsync(PortalDbContext db, Declaration d, DateOnly today, CancellationToken cancellationToken)
    {
        var dues = await db.DeclarationDues.AsNoTracking()
            .Where(x => x.DeclarationId == d.Id || (x.StaffMemberId == d.DeclarantStaffId && x.PeriodKey == d.PeriodKey))
            .Select(x => x.Id).ToListAsync(cancellationToken);
        foreach (var id in dues)
        {
            await DutyClocks.CloseAsync(db, DutyKinds.Declaration, id, today, cancellationToken);
        }

        await DutyClocks.CloseAsync(db, DutyKinds.DeclarationCorrection, d.Id, today, cancellationToken);
    }

    public static Task CorrectionAsync(PortalDbContext db, Declaration d, DateOnly today, DateOnly dueOn, CancellationToken cancellationToken) =>
        DutyClocks.TrackAsync(db, new DutyStart(DutyKinds.DeclarationCorrection, d.Id, Label(d.PeriodKey), DeclarationDeadlines.CorrectionRule, d.UnitId,
            d.DeclarantStaffId, OwnPage, today, dueOn), cancellationToken);

    /// <summary>After acceptance the personnel unit owes the hand-over and the publication; the officer who accepted owns them.</summary>
    public static async Task AcceptedAsync(PortalDbContext db, Declaration d, Guid? officerStaffId, DateOnly today, DateOnly? handOverDue, DateOnly? publishDue,
        CancellationToken cancellationToken)
    {
        if (handOverDue is { } handOver)
        {
            await DutyClocks.TrackAsync(db, new DutyStart(DutyKinds.DeclarationHandOver, d.Id, Label(d.PeriodKey), DeclarationDeadlines.HandOverRule, d.UnitId,
                officerStaffId, ReviewPage, today, handOver), cancellationToken);
        }

        if (publishDue is { } publish)
        {
            await DutyClocks.TrackAsync(db, new DutyStart(DutyKinds.DeclarationPublication, d.Id, Label(d.PeriodKey), DeclarationDeadlines.PublishRule, d.UnitId,
                officerStaffId, ReviewPage, today, publish), cancellationToken);
        }
    }
}
