using Portal.Web.Data;

namespace Portal.Web.Features.Organisation;

/// <summary>A job title (Giám đốc, Trưởng phòng, Điều dưỡng...). Later modules key declaration duties and job rotation on it.</summary>
public sealed class Position : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    /// <summary>Leadership positions (heads and deputies) carry heads' responsibility and stricter declaration duties.</summary>
    public bool IsLeadership { get; set; }
    public long Version { get; set; }
}
