using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Portal.Benchmarks.Data;

namespace Portal.Benchmarks.Load;

/// <summary>
/// "submissions [clients] [seconds]": concurrent reporters, each with its own cookies, token and draft,
/// posting /report/send with a 1 MiB attachment back to back for a fixed time. Every submission runs one
/// Argon2id for its receipt and the portal runs at most Portal:Keys:MaxConcurrentDerivations at once, so
/// this measures that cap as much as anything. Refusals (429 from the rate limiter, 503 "busy") are counted
/// and shown, never retried or hidden.
/// </summary>
internal static class SubmissionsVerb
{
    private const int AttachmentBytes = 1024 * 1024;
    // Bounds: no request waits longer than this, and no client sends more than this many.
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(2);
    private const int MaxPerClient = 10_000;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly record struct Outcome(string Result, double Milliseconds);

    public static async Task<int> RunAsync(IReadOnlyDictionary<string, int> args, Provider provider, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string> { ["Portal__Admission__Enabled"] = "false" };
        if (provider == Provider.Sqlite)
        {
            return await RunAsync(args, settings, cancellationToken);
        }

        // The portal (and its Hangfire) on a fresh database in the throwaway cluster, as operations.md configures it.
        var connection = BenchDatabase.CreatePostgresDatabase();
        try
        {
            settings["Portal__Database__Provider"] = "PostgreSql";
            settings["Portal__Database__ConnectionString"] = connection;
            return await RunAsync(args, settings, cancellationToken);
        }
        finally
        {
            BenchDatabase.DropPostgresDatabase(connection);
        }
    }

    private static async Task<int> RunAsync(IReadOnlyDictionary<string, int> args, Dictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var (clients, duration) = (args["clients"], TimeSpan.FromSeconds(args["seconds"]));
        Console.WriteLine($"Provider      {settings.GetValueOrDefault("Portal__Database__Provider", "Sqlite")}");
        Console.WriteLine($"Load average  {MachineLoad.Now()} (before)");
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(duration + TimeSpan.FromMinutes(10));
        var token = bound.Token;

        // Capacity, not abuse resistance: these clients replay one form back to back, which admission (ADR 0011) would ration.
        await using var portal = await PortalProcess.StartAsync(settings, token);
        Console.WriteLine($"Portal {PortalProcess.PortalDll} (pid {portal.Id}) at {portal.BaseAddress}");
        var reporters = Enumerable.Range(0, clients).Select(_ => new ReporterClient(portal.BaseAddress, RequestTimeout)).ToList();
        try
        {
            await Task.WhenAll(reporters.Select(r => r.PrepareAsync(token)));
            var attachment = new byte[AttachmentBytes];
            RandomNumberGenerator.Fill(attachment);
            var idle = portal.ReadKiB();

            Console.WriteLine($"{clients} clients, {duration.TotalSeconds:N0} s, 1 MiB attachment each time ...");
            // CPU time of both sides: on 2 shared cores the client's own work is part of the picture.
            var (portalCpu, clientCpu) = (portal.CpuTime, Process.GetCurrentProcess().TotalProcessorTime);
            var clock = Stopwatch.StartNew();
            List<Outcome>[] outcomes;
            IReadOnlyList<RssSampler.Sample> rss;
            await using (var sampler = RssSampler.Start(portal, TimeSpan.FromMilliseconds(250)))
            {
                outcomes = await Task.WhenAll(reporters.Select(r => ClientAsync(r, attachment, clock, duration, token)));
                clock.Stop();
                rss = await sampler.StopAsync();
            }

            Report(clients, duration, clock.Elapsed, [.. outcomes.SelectMany(o => o)], idle, rss);
            var (portalUsed, clientUsed) = (portal.CpuTime - portalCpu, Process.GetCurrentProcess().TotalProcessorTime - clientCpu);
            var succeeded = Math.Max(1, outcomes.Sum(o => o.Count(x => x.Result == "200")));
            Console.WriteLine($"CPU time      portal {portalUsed.TotalSeconds:N1} s ({portalUsed.TotalMilliseconds / succeeded:N0} ms per submission), " +
                $"client {clientUsed.TotalSeconds:N1} s, of {clock.Elapsed.TotalSeconds * Environment.ProcessorCount:N1} core-seconds");
            portal.PrintErrors();
            return outcomes.Any(o => o.Any(x => x.Result == "200")) ? 0 : 1;
        }
        finally
        {
            reporters.ForEach(r => r.Dispose());
        }
    }

    /// <summary>One reporter: send, wait for the answer, send again, until the time is up.</summary>
    private static async Task<List<Outcome>> ClientAsync(ReporterClient reporter, byte[] attachment, Stopwatch clock,
        TimeSpan duration, CancellationToken cancellationToken)
    {
        var outcomes = new List<Outcome>();
        for (var i = 0; i < MaxPerClient && clock.Elapsed < duration; i++)
        {
            var started = clock.Elapsed;
            string result;
            try
            {
                var file = new ByteArrayContent(attachment);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                using var response = await reporter.SendAsync(file, "bien-ban.pdf", cancellationToken);
                var page = await response.Content.ReadAsStringAsync(cancellationToken);
                result = response.StatusCode == HttpStatusCode.OK && ReporterClient.Receipt(page) is null
                    ? "200 without receipt"
                    : ((int)response.StatusCode).ToString(Invariant);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                result = "timeout";
            }
            catch (HttpRequestException e)
            {
                result = "connection: " + e.HttpRequestError;
            }

            outcomes.Add(new Outcome(result, (clock.Elapsed - started).TotalMilliseconds));
        }

        return outcomes;
    }

    private static void Report(int clients, TimeSpan duration, TimeSpan elapsed, List<Outcome> all, long idleKiB,
        IReadOnlyList<RssSampler.Sample> rss)
    {
        var ok = all.Where(o => o.Result == "200").Select(o => o.Milliseconds).Order().ToList();
        var latencies = all.Select(o => o.Milliseconds).Order().ToList();
        Console.WriteLine();
        Console.WriteLine($"Requests      {all.Count} in {elapsed.TotalSeconds:N1} s ({clients} clients, sending for {duration.TotalSeconds:N0} s, the last answers awaited)");
        Console.WriteLine($"Submissions   {ok.Count} with a receipt = {ok.Count / elapsed.TotalSeconds:N2} per second");
        Console.WriteLine($"Latency ok    p50 {Percentile(ok, 50)} ms, p95 {Percentile(ok, 95)} ms, max {Percentile(ok, 100)} ms");
        Console.WriteLine($"Latency all   p50 {Percentile(latencies, 50)} ms, p95 {Percentile(latencies, 95)} ms");
        Console.WriteLine("By result     " + string.Join(", ", all.GroupBy(o => o.Result).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {g.Count()}")));
        if (rss.Count > 0)
        {
            Console.WriteLine($"Portal RSS    {idleKiB / 1024.0:N1} MiB before, peak {rss.Max(s => s.RssKiB) / 1024.0:N1} MiB during the run");
        }

        Console.WriteLine($"Load average  {MachineLoad.Now()} (after)");
    }

    /// <summary>Nearest-rank percentile of a sorted list.</summary>
    private static string Percentile(List<double> sorted, int percent) =>
        sorted.Count == 0 ? "-"
        : sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)].ToString("N0", Invariant);
}
