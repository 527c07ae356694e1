using System.Diagnostics;
using Npgsql;

namespace Portal.Web.IntegrationTests.Infrastructure;

/// <summary>
/// A real PostgreSQL server for the PostgreSQL lane: Debian's binaries (installed with apt-get when missing),
/// a throwaway cluster under the temp folder, listening on 127.0.0.1 at a free port, one per test process.
/// When it cannot be had the tests fail with the reason, never skip: a green PostgreSQL lane always means
/// PostgreSQL really ran.
/// </summary>
public sealed class PostgresServer
{
    private const string Superuser = "portal_test";
    private static readonly Lazy<PostgresServer> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string bin;
    private readonly string? runAs;

    private PostgresServer(string bin, string root, string? runAs, int port)
    {
        this.bin = bin;
        this.runAs = runAs;
        Root = root;
        Port = port;
    }

    public static PostgresServer Instance => Shared.Value;

    /// <summary>Cluster folder and socket folder; deleted when the test process ends.</summary>
    public string Root { get; }

    public string DataFolder => Path.Combine(Root, "data");

    public int Port { get; }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Username = Superuser, Database = database, IncludeErrorDetail = true,
    }.ToString();

    /// <summary>A new, empty database; each portal under test gets its own so test classes never share state.</summary>
    public string CreateDatabase()
    {
        var name = "portal_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE DATABASE \"{name}\"");
        return ConnectionString(name);
    }

    public void DropDatabase(string connectionString)
    {
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        // FORCE ends the connections a slow host shutdown may still hold (Hangfire's listener, for one).
        Execute($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(connectionString).Database}\" WITH (FORCE)");
    }

    /// <summary>Writes every dirty page and the WAL to disk, so a scan of <see cref="DataFolder"/> sees everything stored.</summary>
    public void Checkpoint() => Execute("CHECKPOINT");

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static PostgresServer Start()
    {
        var bin = FindBinaries() ?? Install();
        // PostgreSQL refuses to run as root; as root the cluster belongs to the 'postgres' user the package created.
        string? runAs = Environment.UserName == "root" ? "postgres" : null;
        var parent = Path.Combine(Path.GetTempPath(), "portal-pg");
        RemoveAbandoned(bin, runAs, parent);
        var root = Path.Combine(parent, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "owner.pid"), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (runAs is not null)
        {
            Run("chown", ["-R", runAs, root]);
        }

        var server = new PostgresServer(bin, root, runAs, Loopback.FreePort());
        server.RunPg("initdb", ["-D", server.DataFolder, "-U", Superuser, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
        // Durability is worth nothing in a throwaway cluster: without fsync the suite runs much faster on two cores.
        server.RunPg("pg_ctl", ["-D", server.DataFolder, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "start", "-o",
            $"-k {root} -p {server.Port} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off " +
            "-c full_page_writes=off -c max_connections=300"]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    private void Stop()
    {
        try
        {
            RunPg("pg_ctl", ["-D", DataFolder, "-m", "immediate", "-w", "stop"]);
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // The next run removes what is left (RemoveAbandoned).
        }
    }

    /// <summary>Clusters whose test process is gone (killed before it could stop them) are stopped and deleted.</summary>
    private static void RemoveAbandoned(string bin, string? runAs, string parent)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(parent))
        {
            var owner = Path.Combine(folder, "owner.pid");
            if (File.Exists(owner) && int.TryParse(File.ReadAllText(owner), out var pid) && IsAlive(pid))
            {
                continue;
            }

            try
            {
                if (File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
                {
                    new PostgresServer(bin, folder, runAs, 0).RunPg("pg_ctl", ["-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop"]);
                }

                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                // Another run's leftovers must not stop this one.
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string? FindBinaries() => Directory.Exists("/usr/lib/postgresql")
        ? Directory.EnumerateDirectories("/usr/lib/postgresql")
            .Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
            .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
            .FirstOrDefault()
        : null;

    private static string Install()
    {
        const string Hint = "Install it with: sudo apt-get install -y postgresql";
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/apt-get"))
        {
            throw new InvalidOperationException($"PostgreSQL is missing (no /usr/lib/postgresql/*/bin/initdb) and cannot be installed here. {Hint}");
        }

        var sudo = Environment.UserName != "root" && (CanSudo()
            ? true
            : throw new InvalidOperationException($"PostgreSQL is missing and this user can neither install packages nor sudo. {Hint}"));
        void Apt(params string[] arguments)
        {
            if (sudo)
            {
                Run("sudo", ["-n", "apt-get", .. arguments]);
            }
            else
            {
                Run("apt-get", arguments);
            }
        }

        Apt("update", "-qq");
        Apt("install", "-y", "-qq", "--no-install-recommends", "postgresql");
        return FindBinaries() ?? throw new InvalidOperationException("apt-get installed postgresql but no /usr/lib/postgresql/*/bin/initdb exists.");
    }

    private static bool CanSudo()
    {
        try
        {
            Run("sudo", ["-n", "true"]);
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private void RunPg(string tool, string[] arguments)
    {
        var path = Path.Combine(bin, tool);
        if (runAs is null)
        {
            Run(path, arguments);
        }
        else
        {
            Run("runuser", ["-u", runAs, "--", path, .. arguments]);
        }
    }

    private static void Run(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"'{file} {string.Join(' ', arguments)}' did not finish in 15 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{file} {string.Join(' ', arguments)}' failed ({process.ExitCode}): {error.Result}{output.Result}");
        }
    }
}
