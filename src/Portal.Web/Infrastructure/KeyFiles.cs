namespace Portal.Web.Infrastructure;

/// <summary>
/// Creates the small key files of the data folder's keys/ whole or not at all. Written in place, a full disk or a
/// crash between creating the file and writing it left an empty file that every later start refused as damaged; so
/// the key goes to a temporary file, reaches the disk, and only then takes its name (a link, which never replaces a
/// key another node created first).
/// </summary>
internal static class KeyFiles
{
    /// <summary>True when <paramref name="content"/> is now the key file; false when another instance created it first.</summary>
    public static bool TryCreate(string file, ReadOnlySpan<byte> content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temporary = $"{file}.{Guid.NewGuid():N}.tmp";
        try
        {
            // Owner-only from the first byte: these keys must not be readable by other accounts on the server.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, file, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(file))
        {
            return false;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
