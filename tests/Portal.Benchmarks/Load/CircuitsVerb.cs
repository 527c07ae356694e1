using Microsoft.Playwright;
using OtpNet;

namespace Portal.Benchmarks.Load;

/// <summary>
/// "circuits [n=200]": memory per open staff circuit. Starts the real portal (demo data; Blazor's circuit options are
/// the production defaults, see below for the environment), signs the demo Director in once (password and TOTP) in
/// Debian's Chromium, then opens N interactive pages (/cases and /dashboard in turn) in a few browser contexts sharing
/// that sign-in, waiting for each page's live circuit. At 0, 25, 50, 100 ... N open circuits it lets the portal settle
/// and takes the median of its VmRSS; the slope is MiB per circuit. Circuits are counted on both sides: the server's
/// "Created circuit" log events (Debug level for that category only) and, at the end, every page still interactive.
/// </summary>
internal static class CircuitsVerb
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private const string Account = "director";
    private const string TotpSecret = "DEMODIRECTORKEY2";
    private const string Password = "demo-portal-2026";
    // Few enough pages per context that each keeps its own WebSocket (browsers cap connections per host and profile).
    private const int PagesPerContext = 25;
    private static readonly string[] Paths = ["/cases", "/dashboard"];
    private static readonly int[] Marks = [0, 25, 50, 100, 200, 400];

    public static async Task<int> RunAsync(IReadOnlyDictionary<string, int> args, CancellationToken cancellationToken)
    {
        var n = args["n"];
        var marks = Marks.Where(m => m < n).Append(n).ToList();
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium package.");
        }

        Console.WriteLine($"Load average  {MachineLoad.Now()} (before)");
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bound.CancelAfter(TimeSpan.FromMinutes(30));
        var token = bound.Token;

        var settings = new Dictionary<string, string>
        {
            // A build (unlike a publish) serves the framework's and MudBlazor's scripts only through the static web assets
            // manifest, which ASP.NET Core loads in Development alone. The portal itself differs there only by not sending
            // HSTS; Blazor's circuit options are the defaults either way (nothing configures them).
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            // Only these two categories, so the log shows each circuit created and dropped and nothing per render.
            ["Logging__LogLevel__Microsoft.AspNetCore.Components.Server.ComponentHub"] = "Debug",
            ["Logging__LogLevel__Microsoft.AspNetCore.Components.Server.Circuits.CircuitRegistry"] = "Debug",
        };
        await using var portal = await PortalProcess.StartAsync(settings, token);
        var (created, disconnected) = (0, 0);
        portal.LineLogged += line =>
        {
            if (line.Contains("Created circuit", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref created);
            }
            else if (line.Contains("disconnected", StringComparison.OrdinalIgnoreCase) && line.Contains("ircuit", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref disconnected);
            }
        };
        Console.WriteLine($"Portal {PortalProcess.PortalDll} (pid {portal.Id}) at {portal.BaseAddress}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--renderer-process-limit=8"],
        });

        var first = await NewContextAsync(browser, portal.BaseAddress, null);
        var signIn = await first.NewPageAsync();
        await SignInAsync(signIn);
        var state = await first.StorageStateAsync();
        await signIn.CloseAsync();
        var contexts = new List<IBrowserContext> { first };
        var pages = new List<IPage>();
        var points = new List<(int Circuits, double RssMiB)>();
        foreach (var mark in marks)
        {
            while (pages.Count < mark)
            {
                // Two at a time: the portal renders one while the browser loads the other.
                var batch = Enumerable.Range(pages.Count, Math.Min(2, mark - pages.Count)).ToList();
                foreach (var i in batch.Where(i => i / PagesPerContext >= contexts.Count))
                {
                    contexts.Add(await NewContextAsync(browser, portal.BaseAddress, state));
                }

                pages.AddRange(await Task.WhenAll(batch.Select(i => OpenAsync(contexts[i / PagesPerContext], Paths[i % Paths.Length]))));
            }

            var rss = await SettledRssMiBAsync(portal, token);
            points.Add((mark, rss));
            Console.WriteLine($"{mark,4} pages open  server: {Volatile.Read(ref created),4} circuits created, {Volatile.Read(ref disconnected),3} disconnected  " +
                $"portal RSS {rss,7:N1} MiB  load {MachineLoad.Now()}");
        }

        // Every page must still hold a live circuit: interactive marker present and no reconnection shown.
        var live = 0;
        foreach (var page in pages)
        {
            live += await page.EvaluateAsync<bool>(
                "() => !!document.querySelector('#interactive') && !document.querySelector('.components-reconnect-show, .components-reconnect-failed, .components-reconnect-rejected')") ? 1 : 0;
        }

        var slope = Slope(points);
        Console.WriteLine();
        Console.WriteLine($"Circuits      {pages.Count} pages opened, {live} still live at the end; server logged {created} circuits created, {disconnected} disconnected");
        Console.WriteLine($"Portal RSS    {points[0].RssMiB:N1} MiB with none, {points[^1].RssMiB:N1} MiB with {points[^1].Circuits}: " +
            $"{(points[^1].RssMiB - points[0].RssMiB) / Math.Max(1, points[^1].Circuits):N2} MiB per circuit (end points), {slope:N2} MiB per circuit (least squares)");

        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }

        // Closed tabs leave disconnected circuits that Blazor keeps for DisconnectedCircuitRetentionPeriod (up to DisconnectedCircuitMaxRetained).
        await Task.Delay(TimeSpan.FromSeconds(15), token);
        Console.WriteLine($"After closing every page: {Volatile.Read(ref disconnected)} disconnections logged, portal RSS {await SettledRssMiBAsync(portal, token):N1} MiB");
        Console.WriteLine($"Load average  {MachineLoad.Now()} (after)");
        portal.PrintErrors();
        return live == pages.Count && created >= pages.Count ? 0 : 1;
    }

    private static async Task<IBrowserContext> NewContextAsync(IBrowser browser, Uri baseAddress, string? storageState)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString().TrimEnd('/'),
            Locale = "vi-VN",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            StorageState = storageState,
        });
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        return context;
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#username", Account);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#sign-in");
        await page.WaitForSelectorAsync("#code, #login-error");
        if (!await page.IsVisibleAsync("#code"))
        {
            throw new InvalidOperationException($"Sign-in refused: {await page.InnerTextAsync("body")}");
        }

        await page.FillAsync("#code", new Totp(Base32Encoding.ToBytes(TotpSecret)).ComputeTotp(DateTime.UtcNow));
        await page.ClickAsync("#verify");
        await page.WaitForSelectorAsync("#welcome, #login-error");
        if (!await page.IsVisibleAsync("#welcome"))
        {
            throw new InvalidOperationException($"Second factor refused: {await page.InnerTextAsync("body")}");
        }
    }

    /// <summary>A page whose circuit is live (the layout renders #interactive only once the page runs interactively).</summary>
    private static async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) => problems.Add($"console {m.Type}: {m.Text}");
        page.RequestFailed += (_, r) => problems.Add($"failed {r.Method} {r.Url}: {r.Failure}");
        page.Response += (_, r) => { if (r.Status >= 400) { problems.Add($"HTTP {r.Status} {r.Url}"); } };
        await page.GotoAsync(path);
        try
        {
            await page.WaitForSelectorAsync("#interactive", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{path} never became interactive ({page.Url}): {string.Join("; ", problems.Take(10))}", e);
        }

        return page;
    }

    /// <summary>Lets the portal finish what the last pages started, then the median of 20 VmRSS readings 250 ms apart.</summary>
    private static async Task<double> SettledRssMiBAsync(PortalProcess portal, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
        var readings = new List<long>();
        for (var i = 0; i < 20; i++)
        {
            readings.Add(portal.ReadKiB());
            await Task.Delay(250, cancellationToken);
        }

        readings.Sort();
        return readings[readings.Count / 2] / 1024.0;
    }

    private static double Slope(List<(int Circuits, double RssMiB)> points)
    {
        var (mx, my) = (points.Average(p => p.Circuits), points.Average(p => p.RssMiB));
        var den = points.Sum(p => (p.Circuits - mx) * (p.Circuits - mx));
        return den == 0 ? 0 : points.Sum(p => (p.Circuits - mx) * (p.RssMiB - my)) / den;
    }
}
