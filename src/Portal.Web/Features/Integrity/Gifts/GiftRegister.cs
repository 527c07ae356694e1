using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Duties;
using Portal.Web.Features.Deadlines.Rules;
using Portal.Web.Features.Integrity.Declarations;

namespace Portal.Web.Features.Integrity.Gifts;

public sealed record GiftInput(Guid RecipientStaffId, DateOnly ReceivedOn, string Giver, string? GiverOrganisation, string Description, long EstimatedValueVnd);

public sealed record GiftHandling(DateOnly? HandedInOn, long? ValuationVnd, GiftDisposition Disposition, DateOnly? DisposedOn, long? ProceedsVnd, DateOnly? GiverNotifiedOn);

public sealed record GiftLine(GiftReport Gift, string Recipient, string Unit);

/// <summary>Reports and the per-unit register of gifts that could not be refused (Decree 59/2019 Art 26; rule gift.report).</summary>
public sealed class GiftRegister(IDbContextFactory<PortalDbContext> contexts, DueDates dueDates, TimeProvider clock, Audit.AuditLog audit)
{
    public const string ReportRule = "gift.report";

    public async Task<IntegrityResult> ReportAsync(IntegrityActor actor, GiftInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var today = DepartmentDate.Today(clock);
        var problem = actor.StaffId is null ? "Declarations.Error.NoStaffRecord"
            : input.RecipientStaffId != actor.StaffId ? "Gifts.Error.NotRecipient"
            : string.IsNullOrWhiteSpace(input.Giver) || string.IsNullOrWhiteSpace(input.Description) ? "Gifts.Error.Required"
            : input.Giver.Length > 200 || (input.GiverOrganisation?.Length ?? 0) > 200 || input.Description.Length > 1000 ? "Declarations.Error.TooLong"
            : AmountProblem(input.EstimatedValueVnd)
            ?? (input.ReceivedOn > today ? "Gifts.Error.FutureDate" : null);
        if (problem is not null)
        {
            return await RefuseAsync(actor.UserId, "report", null, problem, cancellationToken);
        }

        var unitId = await db.StaffMembers.Where(s => s.Id == actor.StaffId).Select(s => s.UnitId).SingleAsync(cancellationToken);
        var due = (await dueDates.ForAsync(ReportRule, input.ReceivedOn, cancellationToken))?.Date ?? input.ReceivedOn;
        var gift = new GiftReport
        {
            RecipientStaffId = input.RecipientStaffId, UnitId = unitId, ReceivedOn = input.ReceivedOn, Giver = input.Giver.Trim(), GiverOrganisation = input.GiverOrganisation?.Trim(),
            Description = input.Description.Trim(), EstimatedValueVnd = input.EstimatedValueVnd, ReportDueOn = due, ReportedOn = today, ReportedLate = today > due,
            CreatedAt = clock.GetUtcNow(),
        };
        db.GiftReports.Add(gift);
        // Reporting and handing in share the 5 working days (Decree 59/2019 Art 26): the report is made, the hand-in is owed.
        await DutyClocks.TrackAsync(db, new DutyStart(DutyKinds.GiftHandling, gift.Id, DutyKinds.Reference("QT", gift.Id), ReportRule, unitId, gift.RecipientStaffId,
            "/integrity/gifts", gift.ReceivedOn, due), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(IntegrityAudit.GiftReported, actor.UserId, gift.Id.ToString(), gift.ReportedLate ? "late" : null, cancellationToken);
        return IntegrityResult.Ok(gift.Id);
    }

    /// <summary>The register keeper records hand-in, valuation, sale or return, proceeds and the notice; never for a gift of their own.</summary>
    public async Task<IntegrityResult> HandleAsync(IntegrityActor actor, Guid id, long version, GiftHandling h, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var gift = await db.GiftReports.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        var problem = !actor.KeepsGiftRegister ? IntegrityResult.NotPermitted
            : gift is null ? "Declarations.Error.NotFound"
            : gift.RecipientStaffId == actor.StaffId ? "Gifts.Error.OwnGift"
            : gift.Version != version ? "Integrity.Error.Conflict"
            : AmountProblem(h.ValuationVnd ?? 0) ?? AmountProblem(h.ProceedsVnd ?? 0)
            ?? (h.ProceedsVnd is not null && h.Disposition != GiftDisposition.Sold ? "Gifts.Error.ProceedsOnlyWhenSold"
            : h.Disposition != GiftDisposition.Pending && h.HandedInOn is null ? "Gifts.Error.NotHandedIn"
            : h.HandedInOn < gift.ReceivedOn || h.DisposedOn < h.HandedInOn || h.GiverNotifiedOn < gift.ReceivedOn ? "Gifts.Error.DateOrder"
            : null);
        if (problem is not null)
        {
            return await RefuseAsync(actor.UserId, "handle", id, problem, cancellationToken);
        }

        (gift!.HandedInOn, gift.ValuationVnd, gift.Disposition, gift.DisposedOn, gift.ProceedsVnd, gift.GiverNotifiedOn) =
            (h.HandedInOn, h.ValuationVnd, h.Disposition, h.Disposition == GiftDisposition.Pending ? null : h.DisposedOn ?? DepartmentDate.Today(clock), h.ProceedsVnd, h.GiverNotifiedOn);
        if (gift.HandedInOn is not null)
        {
            await DutyClocks.CloseAsync(db, DutyKinds.GiftHandling, gift.Id, DepartmentDate.Today(clock), cancellationToken);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return IntegrityResult.Stale();
        }

        await audit.AppendAsync(IntegrityAudit.GiftHandled, actor.UserId, id.ToString(), $"disposition={h.Disposition}", cancellationToken);
        return IntegrityResult.Ok(id);
    }

    /// <summary>
    /// The register of one unit (or all units), newest first, for its keepers; anyone else sees only the gifts they
    /// reported themselves, whatever they ask for (deny by default).
    /// </summary>
    public async Task<IReadOnlyList<GiftLine>> RegisterAsync(IntegrityActor actor, Guid? unitId = null, CancellationToken cancellationToken = default)
    {
        if (!actor.KeepsGiftRegister && actor.StaffId is null)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.GiftReports.AsNoTracking();
        query = unitId is { } u ? query.Where(g => g.UnitId == u) : query;
        query = actor.KeepsGiftRegister ? query : query.Where(g => g.RecipientStaffId == actor.StaffId);
        return (await query.Select(g => new
            {
                Gift = g, Recipient = db.StaffMembers.Where(s => s.Id == g.RecipientStaffId).Select(s => s.FullName).First(),
                Unit = db.Units.Where(x => x.Id == g.UnitId).Select(x => x.Name).First(),
            }).ToListAsync(cancellationToken))
            .OrderByDescending(g => g.Gift.ReceivedOn).Select(g => new GiftLine(g.Gift, g.Recipient, g.Unit)).ToList();
    }

    internal static string? AmountProblem(long value) =>
        value < 0 ? "Declarations.Error.Negative" : value > DeclarationValidation.MaxVnd ? "Declarations.Error.Absurd" : null;

    private async Task<IntegrityResult> RefuseAsync(Guid actor, string action, Guid? id, string problem, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(IntegrityAudit.Refused, actor, id?.ToString(), $"action=gift.{action};problem={problem}", cancellationToken);
        return problem == "Integrity.Error.Conflict" ? IntegrityResult.Stale() : IntegrityResult.Refused(problem);
    }
}
