using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Audit;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Intake.FollowUp;
using Portal.Web.Features.Keys;
using Portal.Web.IntegrationTests.Features.Cases;
using Portal.Web.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.Web.IntegrationTests.Features.Backup;

/// <summary>
/// The operator's round trip on a portal that keeps working: `backup` from another process while reports with
/// files and audit entries are being written, `restore` into an empty folder, keys put back from their separate
/// copy, then the restored portal verifies its audit chain and opens every case and file it holds.
/// </summary>
public sealed class BackupRestoreTests(ITestOutputHelper log) : IDisposable
{
    private readonly string work = BackupWorld.NewFolder();

    [Fact]
    public async Task BackupThenRestore_KeepsChainAndEveryFileOpenable_WhenPortalWritesDuringBackup()
    {
        Directory.CreateDirectory(work);
        var archive = Path.Combine(work, "portal-backup.zip");
        var restored = Path.Combine(work, "restored");
        var submitted = new ConcurrentDictionary<Guid, SubmittedWithFile>();
        Person handler;
        SubmittedWithFile first;
        int beforeBackup, afterBackup, atEnd;

        using (var live = new PortalFactory())
        {
            var world = await CaseWorld.CreateAsync(live);
            handler = world.HandlerA;
            first = await world.SubmitWithFileAsync("Phong bì 2 triệu đồng tại phòng khám");
            submitted[first.Id] = first;
            var audit = live.Services.GetRequiredService<AuditLog>();

            using var stop = new CancellationTokenSource();
            var writer = Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var report = await world.SubmitWithFileAsync($"Báo cáo số {i} về gói thầu thiết bị");
                    submitted[report.Id] = report;
                    await audit.AppendAsync("test.concurrent-write", null, report.Id.ToString());
                }
            });
            await WaitUntilAsync(() => submitted.Count >= 3 || writer.IsCompleted);

            beforeBackup = submitted.Count;
            var (backupExit, backupOutput, backupError) = await PortalProcess.RunAsync(live.DataDirectory, "backup", archive);
            afterBackup = submitted.Count;
            await WaitUntilAsync(() => submitted.Count > afterBackup || writer.IsCompleted);
            await stop.CancelAsync();
            await writer;
            atEnd = submitted.Count;

            Assert.True(backupExit == 0, backupOutput + backupError);
            Assert.StartsWith("OK: ", backupOutput, StringComparison.Ordinal);
            Assert.Contains("Key material not included", backupOutput, StringComparison.Ordinal);
            // The writer did not wait for the backup: reports were committed while it ran.
            Assert.True(afterBackup > beforeBackup, $"no report was written during the backup ({beforeBackup} before, {afterBackup} after)");

            // The operator restores from the archive, and puts the keys back from their separate copy.
            var (restoreExit, restoreOutput, restoreError) = await PortalProcess.RunAsync(restored, "restore", archive);
            Assert.True(restoreExit == 0, restoreOutput + restoreError);
            Assert.Contains("Key material was not in the archive", restoreOutput, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(restored, "keys")));
            BackupWorld.CopyKeys(live.DataDirectory, restored);
        }

        var (verifyExit, verifyOutput, _) = await PortalProcess.RunAsync(restored, "audit", "verify");
        Assert.Equal(0, verifyExit);
        Assert.StartsWith("OK: ", verifyOutput, StringComparison.Ordinal);

        using var copy = PortalFactory.On(restored);
        var reports = await copy.Services.QueryAsync(db => db.Reports.AsNoTracking().Select(r => r.Id).ToListAsync());
        // One consistent moment: everything committed before the backup started, nothing from after it ended.
        Assert.True(reports.Count >= beforeBackup, $"{reports.Count} restored, {beforeBackup} committed before the backup");
        Assert.True(reports.Count <= afterBackup && reports.Count < atEnd, $"{reports.Count} restored, {afterBackup} committed when it ended");
        Assert.All(reports, id => Assert.True(submitted.ContainsKey(id)));
        log.WriteLine($"committed: {beforeBackup} before the backup, {afterBackup} when it ended, {atEnd} in all; restored: {reports.Count}");
        Assert.True(await copy.Services.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "test.concurrent-write")));

        var (unlocked, session) = await copy.Services.GetRequiredService<KeyCustody>().UnlockAsync(handler.Id, TestAccounts.Password);
        Assert.Equal(UnlockOutcome.Unlocked, unlocked);
        var reader = copy.Services.GetRequiredService<CaseReader>();
        foreach (var id in reports)
        {
            await reader.ConfirmNoConflictAsync(handler.Id, session, id);
            var (access, file) = await reader.OpenAsync(handler.Id, session, id);
            Assert.Equal(CaseAccess.Opened, access);
            Assert.Equal(submitted[id].What, file!.Report.Content.WhatHappened);
            var attachment = Assert.Single(file.Report.Attachments);
            var (_, opened) = await reader.OpenFileAsync(handler.Id, session, id, attachment.Id);
            await using var content = opened!.Value.Content;
            using var plain = new MemoryStream();
            await content.CopyToAsync(plain);
            Assert.Equal(submitted[id].File, plain.ToArray());
        }

        // The receipt salt came back from the key copy: the reporter's receipt still opens their mailbox.
        var (token, problem) = await copy.Services.GetRequiredService<Mailbox>().OpenAsync(first.Receipt, CancellationToken.None);
        Assert.Equal(OpenProblem.None, problem);
        Assert.NotNull(token);
        Assert.True((await copy.Services.GetRequiredService<AuditLog>().VerifyAsync()).Intact);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }

    public void Dispose() => BackupWorld.DeleteQuietly(work);
}
