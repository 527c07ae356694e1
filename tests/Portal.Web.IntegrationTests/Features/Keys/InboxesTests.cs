using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Keys;
using Portal.Web.Features.Organisation;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Keys;

public sealed class InboxesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Inboxes Inboxes => factory.Services.GetRequiredService<Inboxes>();

    private async Task<(Guid UserId, string Session)> ReaderAsync()
    {
        var user = await factory.CreateAsync(Roles.Handler, withKey: false);
        var created = await factory.Services.GetRequiredService<KeyCustody>().CreateAsync(user.Id, TestAccounts.Password);
        return (user.Id, created!.Value.SessionId);
    }

    private async Task<Guid> UnitAsync()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var unit = new Unit { Code = $"U{Guid.NewGuid():N}"[..12], Name = "Đơn vị thử", ReceivesReports = true };
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        return unit.Id;
    }

    [Fact]
    public async Task Open_GivesInboxKey_OnlyToMembersWithUnlockedKeys()
    {
        var unit = await UnitAsync();
        var member = await ReaderAsync();
        var outsider = await ReaderAsync();
        Assert.Equal(GrantOutcome.Granted, await Inboxes.CreateAsync(unit, [member.UserId]));

        using var opened = await Inboxes.OpenAsync(unit, member.UserId, member.Session);
        using var refused = await Inboxes.OpenAsync(unit, outsider.UserId, outsider.Session);
        using var locked = await Inboxes.OpenAsync(unit, member.UserId, null);

        Assert.NotNull(opened);
        Assert.Null(refused);
        Assert.Null(locked);
    }

    [Fact]
    public async Task Grant_RequiresMemberWithUnlockedKey_AndGivesWorkingKey()
    {
        var unit = await UnitAsync();
        var member = await ReaderAsync();
        var newcomer = await ReaderAsync();
        var outsider = await ReaderAsync();
        await Inboxes.CreateAsync(unit, [member.UserId]);

        Assert.Equal(GrantOutcome.GranterNotMember, await Inboxes.GrantAsync(unit, outsider.UserId, outsider.Session, newcomer.UserId));
        Assert.Equal(GrantOutcome.GranterLocked, await Inboxes.GrantAsync(unit, member.UserId, "no-such-session", newcomer.UserId));
        Assert.Equal(GrantOutcome.Granted, await Inboxes.GrantAsync(unit, member.UserId, member.Session, newcomer.UserId));
        Assert.Equal(GrantOutcome.AlreadyMember, await Inboxes.GrantAsync(unit, member.UserId, member.Session, newcomer.UserId));

        using var original = await Inboxes.OpenAsync(unit, member.UserId, member.Session);
        using var granted = await Inboxes.OpenAsync(unit, newcomer.UserId, newcomer.Session);
        Assert.Equal(original!.ExportPublicKey(), granted!.ExportPublicKey());
    }

    [Fact]
    public async Task Create_IsRefused_WhenInboxExists()
    {
        var unit = await UnitAsync();
        var member = await ReaderAsync();
        var intruder = await ReaderAsync();
        await Inboxes.CreateAsync(unit, [member.UserId]);

        // Re-creating would let anyone who may create inboxes hand themselves a unit's reports.
        Assert.Equal(GrantOutcome.InboxExists, await Inboxes.CreateAsync(unit, [intruder.UserId]));
    }

    [Fact]
    public async Task GrantRow_OfOneMember_DoesNotOpenForAnother_EvenWhenCopied()
    {
        var unit = await UnitAsync();
        var member = await ReaderAsync();
        var thief = await ReaderAsync();
        await Inboxes.CreateAsync(unit, [member.UserId]);
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            // Someone with database access copies the member's sealed key into a row of their own.
            var grant = await db.InboxGrants.SingleAsync(g => g.InboxId == unit && g.UserId == member.UserId);
            db.InboxGrants.Add(new InboxGrant { InboxId = unit, UserId = thief.UserId, SealedPrivateKey = grant.SealedPrivateKey });
            await db.SaveChangesAsync();
        }

        using var stolen = await Inboxes.OpenAsync(unit, thief.UserId, thief.Session);

        Assert.Null(stolen);
    }
}
