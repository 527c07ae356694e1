using Portal.Web.Data;

namespace Portal.Web.Features.Integrity.Gifts;

public enum GiftDisposition
{
    Pending = 0,
    Returned = 1,
    Sold = 2,
    /// <summary>Kept by the agency for its use (Decree 59/2019 Art 26).</summary>
    Kept = 3,
}

/// <summary>
/// A gift a staff member could not refuse, reported within 5 working days and handed in; the unit's register
/// follows it through valuation, sale or return, proceeds and the notice to the giver's organisation.
/// Only the recipient reports their own gift.
/// </summary>
public sealed class GiftReport : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RecipientStaffId { get; set; }
    public Guid UnitId { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public required string Giver { get; set; }
    public string? GiverOrganisation { get; set; }
    public required string Description { get; set; }
    public long EstimatedValueVnd { get; set; }
    public DateOnly ReportDueOn { get; set; }
    public DateOnly ReportedOn { get; set; }
    /// <summary>Reported after the 5 working days: kept as a fact for the reviewer, never refused.</summary>
    public bool ReportedLate { get; set; }
    public DateOnly? HandedInOn { get; set; }
    public long? ValuationVnd { get; set; }
    public GiftDisposition Disposition { get; set; }
    public DateOnly? DisposedOn { get; set; }
    public long? ProceedsVnd { get; set; }
    public DateOnly? GiverNotifiedOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public long Version { get; set; }
}
