using System.ComponentModel.DataAnnotations;

namespace Portal.Web.Infrastructure;

/// <summary>Settings under the "Portal" section. Every one has a default, so the portal starts with zero configuration.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Holds the SQLite database and, later, the encrypted attachments. Relative paths are taken from the content root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Seed the demo Department at start when the database is empty. Never set this in production.</summary>
    public bool Demo { get; set; }

    /// <summary>Minutes without activity after which a staff session ends.</summary>
    [Range(1, 24 * 60)]
    public int IdleTimeoutMinutes { get; set; } = 20;
}
