using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Portal.Benchmarks.Crypto;

/// <summary>Adds MB/s (10^6 bytes per second of plaintext) and the share of the raw AEAD's speed.</summary>
internal sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new MegabytesPerSecond(), new PercentOfRaw());

    private static double? MeanSeconds(Summary summary, BenchmarkCase benchmark) =>
        summary[benchmark]?.ResultStatistics?.Mean / 1e9;

    private abstract class Column(string name, string legend) : IColumn
    {
        public string Id => GetType().Name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => legend;

        public abstract string GetValue(Summary summary, BenchmarkCase benchmarkCase);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }

    private sealed class MegabytesPerSecond() : Column("MB/s", "Plaintext throughput, 10^6 bytes per second (16 MiB per operation / mean)")
    {
        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            MeanSeconds(summary, benchmarkCase) is { } seconds
                ? (StreamThroughputBenchmarks.DataSize / seconds / 1e6).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
                : "?";
    }

    private sealed class PercentOfRaw() : Column("% of raw", "Throughput as a share of the raw XChaCha20-Poly1305 baseline (target >= 70 %)")
    {
        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var raw = summary.BenchmarksCases.FirstOrDefault(b => b.Descriptor.Baseline);
            return raw is not null && MeanSeconds(summary, raw) is { } rawSeconds && MeanSeconds(summary, benchmarkCase) is { } seconds
                ? (rawSeconds / seconds * 100).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " %"
                : "?";
        }
    }
}
