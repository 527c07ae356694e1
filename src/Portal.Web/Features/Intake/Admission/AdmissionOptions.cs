using System.ComponentModel.DataAnnotations;

namespace Portal.Web.Features.Intake.Admission;

/// <summary>
/// Settings under "Portal:Admission": how the anonymous forms that cost an Argon2id (sending a report, opening a
/// mailbox) stay usable under a flood when every sender shares one address (Tor). See ADR 0011.
/// </summary>
public sealed class AdmissionOptions
{
    public const string Section = "Portal:Admission";

    /// <summary>Off: every well-formed request goes straight on (only the per-endpoint concurrency limits remain).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The free lane, per form: requests with no usable ticket pass while this bucket has tokens.</summary>
    [Range(0.01, 1000)]
    public double FreePerSecond { get; set; } = 1;

    [Range(1, 10_000)]
    public int FreeBurst { get; set; } = 5;

    /// <summary>
    /// A ticket is printed in every form and becomes usable this long after the page was served: the time a person
    /// spends reading the review or typing a receipt. It costs the client time, not the server CPU.
    /// </summary>
    [Range(0, 600)]
    public int WaitSeconds { get; set; } = 5;

    /// <summary>The waited lane, per form: tickets whose wait is over pass while this bucket has tokens.</summary>
    [Range(0.01, 1000)]
    public double WaitedPerSecond { get; set; } = 2;

    [Range(1, 10_000)]
    public int WaitedBurst { get; set; } = 20;

    /// <summary>
    /// Leading zero bits a proof of work needs (SHA-256 of "ticket:proof"). A solved ticket passes at once, without
    /// waiting and without a rate limit (the Argon2 gate still caps the work). 18 bits is about 260,000 hashes.
    /// </summary>
    [Range(1, 32)]
    public int ProofBits { get; set; } = 18;

    /// <summary>Serve the small first-party script that solves the proof in the browser (relaxes the anonymous CSP to script-src 'self').</summary>
    public bool ScriptSolver { get; set; }

    [Range(1, 24 * 60)]
    public int TicketMinutes { get; set; } = 120;
}
