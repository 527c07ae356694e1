using Portal.Web.Data;

namespace Portal.Web.Features.Organisation;

/// <summary>
/// A cadre, civil servant or public employee in the directory. Not every staff member has an account,
/// but every one can be named in a report, so conflict-of-interest matching uses this table.
/// </summary>
public sealed class StaffMember : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string FullName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public Guid UnitId { get; set; }
    public Unit? Unit { get; set; }
    public Guid? PositionId { get; set; }
    public Position? Position { get; set; }
    public UnitRole UnitRole { get; set; }
    /// <summary>Explicit line manager; when empty the head of the unit (or of the parent unit, for a head) is used.</summary>
    public Guid? LineManagerId { get; set; }
    public StaffMember? LineManager { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>A post that must declare whatever the position (Decree 130/2020 Appendix III: personnel, finance, procurement, citizen-facing work).</summary>
    public SensitivePost SensitivePost { get; set; }
    public long Version { get; set; }
}

public enum UnitRole
{
    Member = 0,
    Deputy = 1,
    Head = 2,
}

/// <summary>Posts whose holders declare assets every year regardless of their position (Decree 130/2020 Art 10, Appendix III).</summary>
public enum SensitivePost
{
    None = 0,
    Personnel = 1,
    Finance = 2,
    Procurement = 3,
    CitizenFacing = 4,
}
