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
    /// <summary>Whether reports can be addressed to this unit from the anonymous channel.</summary>
    public bool ReceivesReports { get; set; } = true;
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
