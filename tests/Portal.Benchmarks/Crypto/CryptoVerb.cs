using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Portal.Benchmarks.Crypto;

/// <summary>The "crypto" verb: both benchmark classes in one BenchmarkDotNet run.</summary>
internal static class CryptoVerb
{
    /// <summary>
    /// Three launches (processes) of 2 warm-ups and 5 measured iterations: about three minutes in all on 2 cores,
    /// a third of it the build. Several launches because on this VM the speed of the same code differs more
    /// between processes (a quarter or more) than between iterations of one process; a default job would take far
    /// longer without changing the verdict.
    /// </summary>
    public static readonly Job Short = Job.Default.WithId("Short")
        .WithLaunchCount(3).WithWarmupCount(2).WithIterationCount(5);

    public static int Run(string[] benchmarkDotNetArgs)
    {
        var config = DefaultConfig.Instance
            .AddJob(Short)
            .AddDiagnoser(MemoryDiagnoser.Default);
        // Run everything unless the caller narrows it; without a filter BenchmarkDotNet would ask interactively.
        var args = benchmarkDotNetArgs.Contains("--filter") ? benchmarkDotNetArgs : [.. benchmarkDotNetArgs, "--filter", "*"];
        var summaries = BenchmarkSwitcher.FromTypes([typeof(StreamThroughputBenchmarks), typeof(Argon2Benchmarks)])
            .Run(args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
