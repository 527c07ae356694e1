using System.Diagnostics;
using System.Net;
using System.Text;

namespace Portal.Web.IntegrationTests.Infrastructure;

/// <summary>
/// The built portal serving HTTP as a child process on 127.0.0.1, on a data folder the test owns: what a crash
/// test needs, because only a real process can be killed in the middle of a write.
/// </summary>
public sealed class ServingPortal : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder log = new();

    private ServingPortal(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Log { get { lock (log) { return log.ToString(); } } }

    /// <param name="settings">Environment settings on top of the defaults below (for example real Argon2 costs).</param>
    public static async Task<ServingPortal> StartAsync(
        string dataDirectory, string? postgres = null, bool demo = true, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = Loopback.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "Portal.Web.dll" }, WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Portal__DataDirectory"] = dataDirectory;
        start.Environment["Portal__Demo"] = demo ? "true" : "false";
        if (postgres is not null)
        {
            start.Environment["Portal__Database__Provider"] = "PostgreSql";
            start.Environment["Portal__Database__ConnectionString"] = postgres;
        }

        // Real Argon2id at the smallest cost, as in PortalFactory.
        start.Environment["Portal__Intake__ReceiptMemoryKiB"] = "8";
        start.Environment["Portal__Intake__ReceiptIterations"] = "1";
        start.Environment["Portal__Intake__MinLookupMilliseconds"] = "0";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var portal = new ServingPortal(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"));
        portal.process.OutputDataReceived += (_, e) => portal.Append(e.Data);
        portal.process.ErrorDataReceived += (_, e) => portal.Append(e.Data);
        portal.process.BeginOutputReadLine();
        portal.process.BeginErrorReadLine();
        await portal.WaitReadyAsync();
        return portal;
    }

    /// <summary>A client that keeps cookies (antiforgery) like a browser.</summary>
    public HttpClient Client() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true })
    {
        BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2),
    };

    /// <summary>SIGKILL: no shutdown hooks, no flushing; what a power cut or the OOM killer does.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
    }

    private async Task WaitReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The portal exited with {process.ExitCode}:\n{Log}");
            }

            try
            {
                if ((await client.GetAsync("/report")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The portal did not answer within 2 minutes:\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.AppendLine(line);
            }
        }
    }
}
