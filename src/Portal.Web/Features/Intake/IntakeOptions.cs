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

    /// <summary>
    /// Argon2id cost for receipts, fixed when the installation's receipt key file is first written. A receipt
    /// has about 90 random bits, so its entropy, not the hash, stops guessing: the OWASP baseline (19 MiB, 2
    /// passes) suffices and keeps each submission's and look-up's memory small under a flood. Staff passwords,
    /// chosen by people, keep the heavier setting (Portal:Keys).
    /// </summary>
    [Range(8, 1024 * 1024)]
    public int ReceiptMemoryKiB { get; set; } = 19 * 1024;

    [Range(1, 64)]
    public int ReceiptIterations { get; set; } = 2;

    /// <summary>A receipt look-up never answers sooner than this, found or not, so timing tells a guesser nothing.</summary>
    [Range(0, 10_000)]
    public int MinLookupMilliseconds { get; set; } = 800;
}
