using Microsoft.EntityFrameworkCore;

namespace Portal.Web.IntegrationTests.Features.Cases;

/// <summary>
/// <c>Report.InInbox</c> is an ordinary column the inbox filters on from its index alone (ADR 0019): it must follow the
/// inbox key through the real flows, and the database must refuse a row where the two disagree.
/// </summary>
public sealed class InboxFlagTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private CaseWorld World => fixture.World;

    [Fact]
    public async Task Declare_ClearsInboxFlagWithTheKey_WhenHandlerIsRecused()
    {
        var report = await World.SubmitAsync("Cán bộ khoa dược nhận quà của nhà thuốc");
        Assert.True((await World.ReportAsync(report.Id)).InInbox);

        await World.Reader.DeclareConflictAsync(World.HandlerB.Id, World.HandlerB.Session, report.Id);

        var stored = await World.ReportAsync(report.Id);
        Assert.Equal((false, (byte[]?)null), (stored.InInbox, stored.ContentKeyForInbox));
    }

    [Fact]
    public async Task Save_IsRefused_WhenInboxFlagDisagreesWithTheKey()
    {
        var report = await World.SubmitAsync("Thu tiền ngoài quy định khi cấp giấy chứng nhận");
        await using var db = await World.DbAsync();

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            db.Reports.Where(r => r.Id == report.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.InInbox, false)));
        Assert.True((await World.ReportAsync(report.Id)).InInbox);
    }
}
