using System.Globalization;

namespace Portal.Web.Infrastructure;

/// <summary>
/// The seam of the crash tests (docs/operations.md, "Faults and recovery"): when the setting Portal:FaultHold names
/// a point, for example "alerts.expansion.written@3" (the third time it is reached), the code reaching it writes
/// "FAULT HOLD <point>" to standard output and then waits forever, so a test can SIGKILL the process at exactly
/// that line instead of hoping a kill lands mid-way. Unset (always, outside tests) it does nothing.
/// </summary>
public sealed class FaultHold
{
    public const string Setting = "Portal:FaultHold";

    private readonly string? point;
    private readonly int occurrence = 1;
    private int reached;

    public FaultHold(IConfiguration configuration)
    {
        var value = configuration[Setting];
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        point = at < 0 ? value : value[..at];
        occurrence = at < 0 ? 1 : int.Parse(value[(at + 1)..], CultureInfo.InvariantCulture);
    }

    private FaultHold()
    {
    }

    /// <summary>For code built without the container (benchmarks): never holds.</summary>
    public static FaultHold None { get; } = new();

    public async Task AtAsync(string name, CancellationToken cancellationToken = default)
    {
        if (point is null || !string.Equals(name, point, StringComparison.Ordinal) || Interlocked.Increment(ref reached) != occurrence)
        {
            return;
        }

        await Console.Out.WriteLineAsync($"FAULT HOLD {name}");
        await Console.Out.FlushAsync(cancellationToken);
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
