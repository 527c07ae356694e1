using System.Diagnostics;

namespace Portal.Benchmarks.Load;

/// <summary>Reads the portal's VmRSS at a fixed interval in the background, with the client's progress beside each reading.</summary>
internal sealed class RssSampler : IAsyncDisposable
{
    // 100 000 samples is over an hour at 50 ms: a bound, not a limit any run should reach.
    private const int MaxSamples = 100_000;

    private readonly List<Sample> samples = [];
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    private RssSampler(PortalProcess portal, TimeSpan interval, Func<long> progress) =>
        loop = Task.Run(() => RunAsync(portal, interval, progress));

    public readonly record struct Sample(TimeSpan At, long RssKiB, long Progress);

    public static RssSampler Start(PortalProcess portal, TimeSpan interval, Func<long>? progress = null) =>
        new(portal, interval, progress ?? (() => 0));

    public async Task<IReadOnlyList<Sample>> StopAsync()
    {
        await stop.CancelAsync();
        await loop;
        return samples;
    }

    public async ValueTask DisposeAsync()
    {
        if (!stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        stop.Dispose();
    }

    private async Task RunAsync(PortalProcess portal, TimeSpan interval, Func<long> progress)
    {
        var clock = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
                samples.Add(new Sample(clock.Elapsed, portal.ReadKiB(), progress()));
            }
            while (samples.Count < MaxSamples && await timer.WaitForNextTickAsync(stop.Token));
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        catch (IOException)
        {
            // The portal is gone; the verb reports that through its request.
        }
    }
}
