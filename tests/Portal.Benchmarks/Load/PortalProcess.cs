using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Portal.Benchmarks.Load;

/// <summary>
/// The real portal (the Portal.Web.dll this build produced) as a child process on 127.0.0.1, with demo data
/// (so the Department's inbox exists) in a fresh temporary data folder. Disposing kills it and deletes the
/// folder; so does the end of this process, should a verb not get that far.
/// </summary>
internal sealed class PortalProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly Process process;
    private readonly DirectoryInfo dataDirectory;
    private readonly Queue<string> logTail = new();
    private readonly List<string> firstError = [];
    private readonly Dictionary<string, int> errorsBySource = new(StringComparer.Ordinal);
    private int errorLines;

    private PortalProcess(Process process, DirectoryInfo dataDirectory, Uri baseAddress)
    {
        this.process = process;
        this.dataDirectory = dataDirectory;
        BaseAddress = baseAddress;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    public Uri BaseAddress { get; }

    /// <summary>Every line the portal writes, as it comes (on the reader's thread), for verbs that count log events.</summary>
    public event Action<string>? LineLogged;

    public int Id => process.Id;

    public static string PortalDll => typeof(PortalProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "PortalWebDll").Value!;

    /// <summary>Starts the portal and waits until /health answers. Extra settings go in as environment variables.</summary>
    public static async Task<PortalProcess> StartAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var dll = PortalDll;
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: run this program with 'dotnet run -c Release', which builds the portal too.");
        }

        if (!dll.Contains("/Release/", StringComparison.Ordinal))
        {
            Console.WriteLine($"WARNING: {dll} is not a Release build; numbers will not be representative.");
        }

        var data = Directory.CreateTempSubdirectory("portal-bench-");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll },
            // The content root (appsettings.json, assets/) is the working directory.
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Portal__DataDirectory"] = data.FullName;
        start.Environment["Portal__Demo"] = "true";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var portal = new PortalProcess(process, data, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            process.OutputDataReceived += (_, e) => portal.Log(e.Data);
            process.ErrorDataReceived += (_, e) => portal.Log(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            await portal.WaitHealthyAsync(cancellationToken);
            return portal;
        }
        catch
        {
            await portal.DisposeAsync();
            throw;
        }
    }

    /// <summary>Resident set size in KiB (VmRSS), or the peak since start or since <see cref="TryResetPeak"/> (VmHWM).</summary>
    public long ReadKiB(string field = "VmRSS")
    {
        foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan(field.Length + 1).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"No {field} in /proc/{process.Id}/status.");
    }

    /// <summary>CPU time (user + system) the portal has used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>Resets VmHWM to the current RSS (Linux 4.0+, same user), so the kernel's exact peak can be read later.</summary>
    public bool TryResetPeak()
    {
        try
        {
            File.WriteAllText($"/proc/{process.Id}/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Prints how many errors the portal logged ("fail:" or "crit:") by kind, with the opening lines of the first of each.</summary>
    public void PrintErrors()
    {
        lock (logTail)
        {
            Console.WriteLine(errorsBySource.Count == 0 ? "Portal errors none logged"
                : $"Portal errors {string.Join(", ", errorsBySource.Select(e => $"{e.Value} x {e.Key}"))}; the first of each:" +
                  Environment.NewLine + string.Join(Environment.NewLine, firstError.Select(l => l.Length > 240 ? l[..240] + " ..." : l)));
        }
    }

    /// <summary>The last lines the portal wrote, for error messages.</summary>
    public string LogTail()
    {
        lock (logTail)
        {
            return string.Join(Environment.NewLine, logTail);
        }
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        Stop();
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine($"WARNING: the portal (pid {process.Id}) did not exit within 15 s of being killed.");
        }

        process.Dispose();
        DeleteData();
    }

    private void Stop()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private void DeleteData()
    {
        // SQLite and the attachment store may hold files for a moment after the kill.
        for (var attempt = 1; attempt <= 5 && dataDirectory.Exists; attempt++)
        {
            try
            {
                dataDirectory.Delete(recursive: true);
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(200);
            }

            dataDirectory.Refresh();
        }
    }

    private void OnProcessExit(object? sender, EventArgs e)
    {
        Stop();
        DeleteData();
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        LineLogged?.Invoke(line);
        lock (logTail)
        {
            // Errors the verb's own counts may not show (say, retried failures): keep the first of each kind.
            if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
            {
                errorLines = errorsBySource.ContainsKey(line) ? 0 : 8;
                errorsBySource[line] = errorsBySource.GetValueOrDefault(line) + 1;
            }

            if (errorLines > 0)
            {
                firstError.Add(line);
                errorLines--;
            }

            logTail.Enqueue(line);
            if (logTail.Count > 40)
            {
                logTail.Dequeue();
            }
        }
    }

    private async Task WaitHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The portal exited with code {process.ExitCode}:{Environment.NewLine}{LogTail()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("health", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A slow first answer while it migrates and seeds.
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException($"The portal did not become healthy within {StartTimeout}:{Environment.NewLine}{LogTail()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
