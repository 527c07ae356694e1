using System.Runtime.InteropServices;
using Portal.Benchmarks;
using Portal.Benchmarks.Crypto;
using Portal.Benchmarks.Data;
using Portal.Benchmarks.Load;

// On-demand performance checks (docs/performance.md). `dotnet test` builds this program but never runs it.
using var stop = new CancellationTokenSource();
// For the load verbs, Ctrl+C and SIGTERM cancel instead of ending the process, so the verb's finally blocks stop
// the child portal and delete its data folder. (BenchmarkDotNet takes no token: "crypto" keeps the defaults.)
var loadVerb = args.FirstOrDefault() is "upload-memory" or "submissions" or "circuits";
using var onInterrupt = loadVerb ? PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel) : null;
using var onTerminate = loadVerb ? PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel) : null;

try
{
    // provider=sqlite|postgres, for the verbs that touch the database; the rest are numbers.
    var provider = args.Skip(1).Where(a => a.StartsWith("provider=", StringComparison.OrdinalIgnoreCase))
        .Select(a => BenchDatabase.ParseProvider(a["provider=".Length..])).LastOrDefault(Provider.Sqlite);
    var numbers = args.Skip(1).Where(a => !a.StartsWith("provider=", StringComparison.OrdinalIgnoreCase)).ToArray();
    if (args.Length > 0 && numbers.Length != args.Length - 1 && args[0] is not ("inbox" or "dashboard" or "sweep" or "submissions"))
    {
        throw new ArgumentException($"'{args[0]}' takes no provider.");
    }

    return args.FirstOrDefault() switch
    {
        "crypto" => CryptoVerb.Run(args[1..]),
        "upload-memory" => await UploadMemoryVerb.RunAsync(Arguments.Parse(args[1..], ("mb", 1024, 1, 16 * 1024)), stop.Token),
        "inbox" => await Portal.Benchmarks.Cases.InboxVerb.RunAsync(Arguments.Parse(numbers, ("cases", 100_000, 1000, 1_000_000)), provider, stop.Token),
        "dashboard" => await Portal.Benchmarks.Deadlines.DashboardVerb.RunAsync(Arguments.Parse(numbers, ("cases", 100_000, 1000, 1_000_000)), provider, stop.Token),
        "sweep" => await Portal.Benchmarks.Deadlines.SweepVerb.RunAsync(Arguments.Parse(numbers, ("clocks", 100_000, 1000, 1_000_000)), provider, stop.Token),
        "submissions" => await SubmissionsVerb.RunAsync(
            Arguments.Parse(numbers, ("clients", 20, 1, 200), ("seconds", 30, 1, 600)), provider, stop.Token),
        "circuits" => await CircuitsVerb.RunAsync(Arguments.Parse(numbers, ("n", 200, 1, 1000)), stop.Token),
        _ => Usage(),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return Usage();
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.Error.WriteLine("Cancelled.");
    return 130;
}
catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException or IOException or Microsoft.Playwright.PlaywrightException)
{
    // A measurement that could not be taken: say why, without a stack trace (the portal's log tail is in the message).
    Console.Error.WriteLine($"FAILED ({e.GetType().Name}): {e.Message}");
    return 1;
}

void Cancel(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

static int Usage()
{
    Console.Error.WriteLine("""
        Usage: dotnet run -c Release --project tests/Portal.Benchmarks -- <verb>
          crypto [BenchmarkDotNet options]   StreamCipher throughput against raw XChaCha20-Poly1305; Argon2id timing
          upload-memory [MB=1024]            RSS of the real portal while one N-MiB attachment streams in
          inbox [cases=100000] [provider=sqlite|postgres]
                                             the handlers' inbox query (first page, counts, code search) on N generated cases
          dashboard [cases=100000] [provider=sqlite|postgres]
                                             the leaders' dashboard (summary, drill-down) on N generated cases with their clocks
          sweep [clocks=100000] [provider=sqlite|postgres]
                                             one deadline sweep (alert points and overdue into the outbox) over N open clocks
          submissions [clients=20] [seconds=30] [provider=sqlite|postgres]
                                             concurrent reporters posting /report/send with a 1 MiB attachment
          circuits [n=200]                   portal RSS per open staff circuit (Chromium, N interactive pages)
        See docs/performance.md.
        """);
    return 2;
}
