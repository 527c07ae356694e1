namespace Portal.Benchmarks.Load;

/// <summary>
/// The 1/5/15-minute load averages. On a 2-core machine shared with builds and test runs, a number means
/// little without them: printed before and after every load verb.
/// </summary>
internal static class MachineLoad
{
    public static string Now() => File.Exists("/proc/loadavg")
        ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ')[..3]) + $" on {Environment.ProcessorCount} cores"
        : "unknown";
}
