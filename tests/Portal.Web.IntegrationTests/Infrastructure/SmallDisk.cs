using System.Diagnostics;

namespace Portal.Web.IntegrationTests.Infrastructure;

/// <summary>
/// A small filesystem of its own (tmpfs, mounted as root) to put a data folder on, and a filler file that uses up
/// its space on demand: a real full disk, with the errors the kernel really returns. Where it cannot be mounted the
/// test fails with the reason; it never skips.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private readonly string filler;

    private SmallDisk(string path)
    {
        Path = path;
        filler = System.IO.Path.Combine(path, "filler");
    }

    public string Path { get; }

    public static SmallDisk Mount(int megabytes)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "portal-tests", "disk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m,mode=0700", "tmpfs", path);
        if (code != 0)
        {
            Directory.Delete(path);
            throw new InvalidOperationException(
                $"A full-disk test needs a small filesystem of its own and could not mount one (mount exit {code}: {output.Trim()}). " +
                "Run the tests as root (as CI does), or in a container with CAP_SYS_ADMIN.");
        }

        return new SmallDisk(path);
    }

    /// <summary>Fills the disk until at most <paramref name="freeBytes"/> remain (0: nothing at all).</summary>
    public void Fill(long freeBytes = 0)
    {
        using (var stream = new FileStream(filler, FileMode.Append, FileAccess.Write, FileShare.None, 1, FileOptions.WriteThrough))
        {
            var chunk = new byte[64 * 1024];
            for (var size = chunk.Length; size >= 1; size /= 2)
            {
                try
                {
                    while (Free > freeBytes + size)
                    {
                        stream.Write(chunk, 0, size);
                    }

                    if (freeBytes == 0)
                    {
                        while (true)
                        {
                            stream.Write(chunk, 0, size);
                        }
                    }
                }
                catch (IOException)
                {
                    // Full at this chunk size: smaller chunks take what is left.
                }
            }
        }
    }

    /// <summary>Removes the filler: the operator freed space.</summary>
    public void Release() => File.Delete(filler);

    public long Free => new DriveInfo(Path).AvailableFreeSpace;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Run("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Litter in the temp folder only.
        }
    }

    private static (int Code, string Output) Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result + error.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
