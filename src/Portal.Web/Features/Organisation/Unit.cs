using Portal.Web.Data;

namespace Portal.Web.Features.Organisation;

/// <summary>A node of the Department's tree: the Department itself, its divisions, hospitals, centres.</summary>
public sealed class Unit : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public UnitKind Kind { get; set; }
    public Guid? ParentId { get; set; }
    public Unit? Parent { get; set; }
    public List<Unit> Children { get; } = [];
    /// <summary>
    /// Whether this unit has its own inbox for reports. A report concerning a unit goes to the nearest unit
    /// at or above it that receives reports; the Department (the root) normally does.
    /// </summary>
    public bool ReceivesReports { get; set; }
    public bool IsActive { get; set; } = true;
    public int SortOrder { get; set; }
    public long Version { get; set; }
}

public enum UnitKind
{
    Department = 0,
    Board = 1,
    Division = 2,
    Hospital = 3,
    Centre = 4,
    Other = 9,
}
