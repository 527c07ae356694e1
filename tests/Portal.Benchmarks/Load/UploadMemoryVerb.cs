using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Portal.Benchmarks.Load;

/// <summary>
/// "upload-memory [MB]": the real portal's resident memory while one N-MiB attachment streams through
/// /report/send. The design promise is flat memory (one 64 KiB chunk per file), so the peak above idle must
/// not grow with the file: target under 64 MB (10^6 bytes, the stricter reading) above idle.
/// </summary>
internal static class UploadMemoryVerb
{
    private const long MiB = 1024 * 1024;
    private const long TargetBytes = 64_000_000;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(IReadOnlyDictionary<string, int> args, CancellationToken cancellationToken)
    {
        var size = args["mb"] * MiB;
        Console.WriteLine($"Load average  {MachineLoad.Now()} (before)");
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(TimeSpan.FromMinutes(30));
        var token = bound.Token;

        // Limits just above the upload, so the portal's own checks stay on.
        var limit = (size + MiB).ToString(Invariant);
        await using var portal = await PortalProcess.StartAsync(new Dictionary<string, string>
        {
            ["Portal__Intake__MaxFileBytes"] = limit,
            ["Portal__Intake__MaxReportBytes"] = limit,
        }, token);
        Console.WriteLine($"Portal {PortalProcess.PortalDll} (pid {portal.Id}) at {portal.BaseAddress}");

        using var reporter = new ReporterClient(portal.BaseAddress, TimeSpan.FromMinutes(30));
        await reporter.PrepareAsync(token);

        // Let start-up work (demo seeding, first-request JIT, background jobs) settle before the baseline.
        await Task.Delay(TimeSpan.FromSeconds(3), token);
        var idleSamples = new List<long>();
        for (var i = 0; i < 20; i++)
        {
            idleSamples.Add(portal.ReadKiB());
            await Task.Delay(Interval, token);
        }

        var idle = idleSamples.Order().ElementAt(idleSamples.Count / 2);
        var kernelPeak = portal.TryResetPeak();

        var content = new GeneratedContent(size);
        var clock = Stopwatch.StartNew();
        HttpStatusCode status;
        string page;
        IReadOnlyList<RssSampler.Sample> samples;
        await using (var sampler = RssSampler.Start(portal, Interval, () => content.Sent))
        {
            using var response = await reporter.SendAsync(content, "bang-chung.bin", token);
            status = response.StatusCode;
            page = await response.Content.ReadAsStringAsync(token);
            clock.Stop();
            samples = await sampler.StopAsync();
        }

        var peakHwm = kernelPeak ? portal.ReadKiB("VmHWM") : 0;
        var receipt = ReporterClient.Receipt(page);
        Report(args["mb"], size, clock.Elapsed, status, receipt, idle, samples, peakHwm);
        portal.PrintErrors();
        if (status != HttpStatusCode.OK || receipt is null)
        {
            Console.WriteLine($"FAILED: HTTP {(int)status}, receipt {(receipt is null ? "missing" : "present")}.");
            Console.WriteLine(WebUtility.HtmlDecode(page)[..Math.Min(page.Length, 2000)]);
            return 1;
        }

        return 0;
    }

    private static void Report(int mb, long size, TimeSpan elapsed, HttpStatusCode status, string? receipt, long idleKiB,
        IReadOnlyList<RssSampler.Sample> samples, long hwmKiB)
    {
        var sampledPeak = samples.Count == 0 ? idleKiB : samples.Max(s => s.RssKiB);
        var peak = Math.Max(sampledPeak, hwmKiB);
        Console.WriteLine();
        Console.WriteLine($"Upload        {mb} MiB in {elapsed.TotalSeconds:N1} s = {size / elapsed.TotalSeconds / 1e6:N0} MB/s; HTTP {(int)status}, receipt {(receipt is null ? "MISSING" : "shown")}");
        Console.WriteLine($"Idle RSS      {Mib(idleKiB)} (median of 20 readings, 50 ms apart)");
        Console.WriteLine($"Peak RSS      {Mib(sampledPeak)} sampled ({samples.Count} readings every {Interval.TotalMilliseconds} ms)" +
            (hwmKiB > 0 ? $"; {Mib(hwmKiB)} kernel VmHWM since the upload began" : "; VmHWM reset not permitted"));
        Console.WriteLine($"Peak - idle   {Mib(peak - idleKiB)} = {(peak - idleKiB) * 1024 / 1e6:N1} MB");

        // The receipt's Argon2id (64 MiB) runs before the endpoint reads the file, while the first megabytes
        // still fit in socket buffers; past 32 MiB sent, the server is streaming the file.
        var streaming = samples.Where(s => s.Progress >= 32 * MiB).ToList();
        if (streaming.Count > 0)
        {
            Console.WriteLine($"While the file streamed (after 32 MiB sent): peak {Mib(streaming.Max(s => s.RssKiB))}, " +
                $"{Mib(streaming.Max(s => s.RssKiB) - idleKiB)} above idle");
        }

        Console.WriteLine("RSS by tenth of the upload sent (max per tenth, MiB): " + string.Join(" ", Enumerable.Range(0, 10)
            .Select(t => samples.Where(s => Math.Min(9, s.Progress * 10 / size) == t).Select(s => s.RssKiB).DefaultIfEmpty(0).Max())
            .Select(k => k == 0 ? "-" : (k / 1024.0).ToString("N0", Invariant))));
        var met = (peak - idleKiB) * 1024 < TargetBytes;
        Console.WriteLine($"Target        peak < idle + 64 MB: {(met ? "MET" : "MISSED")}");
        Console.WriteLine($"Load average  {MachineLoad.Now()} (after)");
    }

    private static string Mib(long kib) => (kib / 1024.0).ToString("N1", Invariant) + " MiB";
}
