using System.ComponentModel.DataAnnotations;

namespace Portal.Web.Features.Intake;

/// <summary>Settings under "Portal:Intake".</summary>
public sealed class IntakeOptions
{
    public const string Section = "Portal:Intake";

    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    [Range(1, long.MaxValue)]
    public long MaxReportBytes { get; set; } = 200L * 1024 * 1024;

    [Range(1, 100)]
    public int MaxFiles { get; set; } = 20;

    /// <summary>Argon2id cost for receipts, fixed when the installation's receipt key file is first written.</summary>
    [Range(8, 1024 * 1024)]
    public int ReceiptMemoryKiB { get; set; } = 64 * 1024;

    [Range(1, 64)]
    public int ReceiptIterations { get; set; } = 3;

    /// <summary>A receipt look-up never answers sooner than this, found or not, so timing tells a guesser nothing.</summary>
    [Range(0, 10_000)]
    public int MinLookupMilliseconds { get; set; } = 800;
}
