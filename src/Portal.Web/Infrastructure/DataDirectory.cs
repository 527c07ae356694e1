using Microsoft.Extensions.Options;

namespace Portal.Web.Infrastructure;

/// <summary>The resolved, checked data folder. Resolving it once keeps every feature pointing at the same place.</summary>
public sealed class DataDirectory
{
    public DataDirectory(IOptions<PortalOptions> options, IHostEnvironment environment)
    {
        var configured = options.Value.DataDirectory;
        Path = System.IO.Path.GetFullPath(configured, environment.ContentRootPath);
    }

    public string Path { get; }

    public string DatabaseFile => System.IO.Path.Combine(Path, "portal.db");

    /// <summary>
    /// Creates the folder and proves it is writable before anything else touches it, so an operator
    /// gets one clear sentence instead of a SQLite error from deep inside a migration.
    /// </summary>
    public void EnsureWritable()
    {
        try
        {
            Directory.CreateDirectory(Path);
            var probe = System.IO.Path.Combine(Path, $".write-probe-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException(
                $"The data folder '{Path}' cannot be written to ({e.Message}). " +
                "Set Portal:DataDirectory (environment variable Portal__DataDirectory) to a folder this process can write.");
        }
    }
}
