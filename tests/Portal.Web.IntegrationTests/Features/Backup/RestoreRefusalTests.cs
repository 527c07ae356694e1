using System.IO.Compression;
using System.Text;
using Portal.Web.IntegrationTests.Features.Cases;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Backup;

/// <summary>One small portal with a report and a file whose every part carries a canary, backed up once with and once without keys.</summary>
public sealed class BackupArchiveFixture : IAsyncLifetime
{
    public PortalFactory Factory { get; } = new();

    public string Work { get; } = BackupWorld.NewFolder();

    public string Canary { get; } = "CANARY" + Guid.NewGuid().ToString("N")[..12];

    public string Archive => Path.Combine(Work, "backup.zip");

    public string ArchiveWithKeys => Path.Combine(Work, "backup-with-keys.zip");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Work);
        var world = await CaseWorld.CreateAsync(Factory);
        await world.SubmitWithFileAsync($"Chuyện xảy ra {Canary}", $"bien-ban-{Canary}.txt", $"Nội dung {Canary}");
        Assert.Equal(0, (await PortalProcess.RunAsync(Factory.DataDirectory, "backup", Archive)).ExitCode);
        Assert.Equal(0, (await PortalProcess.RunAsync(Factory.DataDirectory, "backup", ArchiveWithKeys, "--include-keys")).ExitCode);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        BackupWorld.DeleteQuietly(Work);
        return Task.CompletedTask;
    }
}

/// <summary>What the archive holds, and how backup and restore refuse: one clear line, exit 1, nothing half-written.</summary>
public sealed class RestoreRefusalTests(BackupArchiveFixture fixture) : IClassFixture<BackupArchiveFixture>
{
    private readonly string place = Path.Combine(fixture.Work, Guid.NewGuid().ToString("N"));

    private string Target => Path.Combine(place, "data");

    private string CopyOfArchive(Action<ZipArchive>? alter = null)
    {
        Directory.CreateDirectory(place);
        var copy = Path.Combine(place, "copy.zip");
        File.Copy(fixture.Archive, copy);
        if (alter is not null)
        {
            using var zip = ZipFile.Open(copy, ZipArchiveMode.Update);
            alter(zip);
        }

        return copy;
    }

    private async Task<string> RefusedRestoreAsync(string archive)
    {
        var (exit, output, error) = await PortalProcess.RunAsync(Target, "restore", archive);

        Assert.True(exit == 1, output + error);
        Assert.StartsWith("error: ", error.Split('\n').Last(l => l.Length > 0), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        // Nothing half-written: no data folder, no staging folder beside it.
        Assert.False(Directory.Exists(Target));
        Assert.Empty(Directory.EnumerateDirectories(place));
        return error;
    }

    [Fact]
    public async Task Backup_HoldsNoPlaintextNorKeys_WhenKeysNotAsked()
    {
        using var zip = ZipFile.OpenRead(fixture.Archive);

        Assert.Contains(zip.Entries, e => e.FullName.StartsWith("attachments/", StringComparison.Ordinal));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("keys/", StringComparison.Ordinal));
        foreach (var entry in zip.Entries)
        {
            using var content = entry.Open();
            using var bytes = new MemoryStream();
            await content.CopyToAsync(bytes);
            var text = Encoding.UTF8.GetString(bytes.ToArray());
            Assert.DoesNotContain(fixture.Canary, text, StringComparison.Ordinal);
            Assert.DoesNotContain(fixture.Canary, Encoding.Unicode.GetString(bytes.ToArray()), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Backup_CarriesKeyFiles_WhenIncludeKeysAsked()
    {
        var (exit, output, _) = await PortalProcess.RunAsync(Target, "restore", fixture.ArchiveWithKeys);

        Assert.Equal(0, exit);
        Assert.Contains("Key material was in the archive", output, StringComparison.Ordinal);
        var keys = Directory.EnumerateFiles(Path.Combine(fixture.Factory.DataDirectory, "keys")).Select(Path.GetFileName).ToList();
        Assert.Contains("receipt.key", keys);
        Assert.Equal(keys.Order(), Directory.EnumerateFiles(Path.Combine(Target, "keys")).Select(Path.GetFileName).Order());
        foreach (var key in keys.OfType<string>())
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(fixture.Factory.DataDirectory, "keys", key)),
                await File.ReadAllBytesAsync(Path.Combine(Target, "keys", key)));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(Target, "keys", key)));
            }
        }
    }

    [Fact]
    public async Task Backup_Refuses_WhenArchiveExists()
    {
        var before = await File.ReadAllBytesAsync(fixture.Archive);

        var (exit, _, error) = await PortalProcess.RunAsync(fixture.Factory.DataDirectory, "backup", fixture.Archive);

        Assert.Equal(1, exit);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(fixture.Archive));
    }

    [Fact]
    public async Task Restore_RefusesAndTouchesNothing_WhenDataFolderNotEmpty()
    {
        Directory.CreateDirectory(Target);
        await File.WriteAllTextAsync(Path.Combine(Target, "portal.db"), "an older portal");

        var (exit, _, error) = await PortalProcess.RunAsync(Target, "restore", fixture.Archive);

        Assert.Equal(1, exit);
        Assert.Contains("is not empty", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal("portal.db", Path.GetFileName(Assert.Single(Directory.EnumerateFileSystemEntries(Target))));
        Assert.Equal("an older portal", await File.ReadAllTextAsync(Path.Combine(Target, "portal.db")));
        Assert.Single(Directory.EnumerateDirectories(place));
    }

    [Fact]
    public async Task Restore_RefusesAndLeavesNothing_WhenAttachmentAltered()
    {
        // Rewritten with a zip tool, so the zip's own CRC is right and only the manifest's SHA-256 can tell.
        var archive = CopyOfArchive(zip =>
        {
            var entry = zip.Entries.First(e => e.FullName.StartsWith("attachments/", StringComparison.Ordinal));
            using var stream = entry.Open();
            stream.Position = 40;
            stream.WriteByte((byte)(stream.ReadByte() ^ 0x01));
        });

        var error = await RefusedRestoreAsync(archive);

        Assert.Contains("does not match the SHA-256", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_RefusesAndLeavesNothing_WhenArchiveTruncated()
    {
        var archive = CopyOfArchive();
        await using (var stream = new FileStream(archive, FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }

        var error = await RefusedRestoreAsync(archive);

        Assert.Contains("damaged or incomplete", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_RefusesAndLeavesNothing_WhenFileMissingFromArchive()
    {
        var archive = CopyOfArchive(zip => zip.Entries.First(e => e.FullName.StartsWith("attachments/", StringComparison.Ordinal)).Delete());

        var error = await RefusedRestoreAsync(archive);

        Assert.Contains("lacks 1 file(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_RefusesAndLeavesNothing_WhenArchiveHoldsUnlistedPath()
    {
        var archive = CopyOfArchive(zip =>
        {
            using var stream = zip.CreateEntry("../outside.txt").Open();
            stream.Write("escape"u8);
        });

        var error = await RefusedRestoreAsync(archive);

        Assert.Contains("does not list", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(place, "outside.txt")));
    }

    [Fact]
    public async Task Restore_Refuses_WhenArchiveMissing()
    {
        Directory.CreateDirectory(place);

        var error = await RefusedRestoreAsync(Path.Combine(place, "no-such-backup.zip"));

        Assert.Contains("there is no archive", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_RefusesNamingReceiptKey_WhenRestoredWithoutKeys()
    {
        Assert.Equal(0, (await PortalProcess.RunAsync(Target, "restore", fixture.Archive)).ExitCode);

        var (exit, _, error) = await PortalProcess.RunAsync(Target);

        Assert.Equal(1, exit);
        Assert.Contains("receipt.key' is missing", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Target, "keys", "receipt.key")));
    }
}
