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

    /// <summary>
    /// Holders must declare assets and income every year (Decree 130/2020 Art 10: deputy heads of division and
    /// above in public service units, the Director...). Data, not code: administrators set it per position.
    /// </summary>
    public bool DeclaresAssets { get; set; }
    public long Version { get; set; }
}
