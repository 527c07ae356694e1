using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Crypto;
using Portal.Web.Data;
using Portal.Web.Features.Intake;
using Portal.Web.IntegrationTests.Features.Cases;

namespace Portal.Web.IntegrationTests.Features.Backup;

public sealed record SubmittedWithFile(Guid Id, Receipt Receipt, string What, byte[] File);

/// <summary>Helpers for the backup tests: reports with an evidence file, throwaway folders, reading a restored database.</summary>
internal static class BackupWorld
{
    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Files a report with one text file through the same sealing as the anonymous channel.</summary>
    public static async Task<SubmittedWithFile> SubmitWithFileAsync(this CaseWorld world, string what, string fileName = "bang-chung.txt", string? fileText = null)
    {
        var body = Encoding.UTF8.GetBytes(fileText ?? $"Biên bản {Guid.NewGuid():N} " + new string('x', 8 * 1024));
        var draft = new ReportDraft
        {
            Channel = ReportChannel.Denunciation,
            Content = new ReportContent { WhatHappened = what, ConcernedUnitId = world.HospitalId, Persons = [] },
        };
        var (pending, _) = await world.Factory.Services.GetRequiredService<IntakeSubmission>().BeginAsync(draft, CancellationToken.None);
        Assert.NotNull(pending);
        await using (pending)
        {
            using var content = new MemoryStream(body);
            Assert.Equal(FileProblem.None, await pending.AddFileAsync(fileName, "text/plain", content, CancellationToken.None));
            await pending.CommitAsync(CancellationToken.None);
            return new SubmittedWithFile(pending.Id, pending.Receipt, what, body);
        }
    }

    public static async Task<T> QueryAsync<T>(this IServiceProvider services, Func<PortalDbContext, Task<T>> query)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public static void CopyKeys(string fromDataFolder, string toDataFolder)
    {
        var target = Directory.CreateDirectory(Path.Combine(toDataFolder, "keys"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(fromDataFolder, "keys")))
        {
            File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)));
        }
    }

    public static void DeleteQuietly(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
        catch (IOException)
        {
        }
    }
}
