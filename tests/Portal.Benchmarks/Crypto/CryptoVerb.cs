using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Portal.Benchmarks.Crypto;

/// <summary>The "crypto" verb: both benchmark classes in one BenchmarkDotNet run.</summary>
internal static class CryptoVerb
{
    /// <summary>
    /// One launch, 3 warm-ups, 10 measured iterations: about two minutes in all on 2 cores (most of it the
    /// build), enough to tell 70 % from 100 % of raw speed. A default job would take far longer without
    /// changing the verdict; 10 rather than ShortRun's 3 iterations because Argon2id is noisy on a shared VM.
    /// </summary>
    public static readonly Job Short = Job.Default.WithId("Short")
        .WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10);

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
