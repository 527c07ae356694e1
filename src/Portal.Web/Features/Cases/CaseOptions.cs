using System.ComponentModel.DataAnnotations;

namespace Portal.Web.Features.Cases;

public sealed class CaseOptions
{
    /// <summary>How many line managers above a person named in a report are kept away from the case.</summary>
    [Range(0, 10)]
    public int RecusedManagerLevels { get; set; } = 2;

    /// <summary>Closed cases are destroyed (keys and ciphertext) after this many years, leaving an auditable stub.</summary>
    [Range(1, 100)]
    public int RetentionYears { get; set; } = 10;
}
