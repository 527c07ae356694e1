using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Crypto;
using Portal.Web.Features.Integrity;
using Portal.Web.Features.Integrity.Declarations;
using Portal.Web.Features.Keys;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Integrity;

/// <summary>Declarations are opened by keys: the declarant, the reviewers' inbox, and the control body after hand-over; nobody else, even calling services directly.</summary>
public sealed class DeclarationAccessTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private IntegrityWorld world = default!;

    public async Task InitializeAsync() => world = await IntegrityWorld.CreateAsync(factory);

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Read_OpensOnlyForDeclarantReviewerAndControlBodyAfterHandOver_WhenCalledDirectly()
    {
        const string canary = "CANARY-nha-o-so-7-duong-Hoa-Binh";
        var id = await world.SubmitAsync(world.Declarant, DeclarationKind.Annual, 2026, IntegrityWorld.Form(2_000_000_000, canary));

        Assert.Equal(canary, (await world.Workflow.ReadAsync(world.Declarant, id))!.Form!.Items[0].Description);
        Assert.Equal(canary, (await world.Workflow.ReadAsync(world.Reviewer, id))!.Form!.Items[0].Description);
        var stranger = (await world.Workflow.ReadAsync(world.Stranger, id))!;
        Assert.Null(stranger.Form);
        Assert.Equal(DeclarationAccess.NotEntitled, stranger.Access);
        Assert.Null((await world.Workflow.ReadAsync(world.Control, id))!.Form);
        Assert.Null((await world.Workflow.ReadAsync(world.Head, id))!.Form);

        // The stranger's own key opens none of the sealed copies, whatever code calls it.
        var d = await world.DeclarationAsync(id);
        var ring = factory.Services.GetRequiredService<KeyRing>();
        Assert.True(ring.TryGet(world.Stranger.Session, world.Stranger.UserId, out var strangerKey));
        Assert.False(Sealing.TryOpenKey(d.ContentKeyForDeclarant, strangerKey, DeclarationCipher.DeclarantKeyAd(id), out _));
        Assert.False(Sealing.TryOpenKey(d.ContentKeyForReviewers!, strangerKey, DeclarationCipher.ReviewersKeyAd(id), out _));
        Assert.False(Sealing.TryOpenKey(d.ContentKeyForControlBody!, strangerKey, DeclarationCipher.ControlBodyKeyAd(id), out _));
        Assert.Equal(IntegrityResult.NotPermitted, (await world.Review.AcceptAsync(world.Stranger, id, d.Version)).Problem);

        Assert.True((await world.Review.AcceptAsync(world.Reviewer, id, d.Version)).Done);
        Assert.True((await world.Review.HandOverAsync(world.Reviewer, id, await world.VersionAsync(id))).Done);
        Assert.Equal(canary, (await world.Workflow.ReadAsync(world.Control, id))!.Form!.Items[0].Description);
    }

    [Fact]
    public async Task Store_HoldsNoPlaintext_WhenDeclarationSubmittedAndCorrected()
    {
        const string canary = "CANARY-so-tiet-kiem-ngan-hang-X";
        var id = await world.SubmitAsync(world.Declarant2, DeclarationKind.Annual, 2026, IntegrityWorld.Form(123_456_789_000, canary));
        Assert.True((await world.Review.RequestCorrectionAsync(world.Reviewer, id, await world.VersionAsync(id), "CANARY-ly-do-bo-sung")).Done);

        // Every file where stored data sits: the data folder (SQLite and its WAL) or, on PostgreSQL, the cluster too.
        foreach (var file in TestDatabase.FilesAtRest(factory))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.True(copy.ToArray().AsSpan().IndexOf(Encoding.UTF8.GetBytes("CANARY-")) < 0, $"{file} holds the canary");
            Assert.True(copy.ToArray().AsSpan().IndexOf(Encoding.UTF8.GetBytes("123456789000")) < 0, $"{file} holds the amount");
        }
    }

    [Fact]
    public async Task Review_IsRefused_WhenReviewerIsTheDeclarant()
    {
        await using (var db = await world.DbAsync())
        {
            await db.Users.Where(u => u.Id == world.Reviewer.UserId).ExecuteUpdateAsync(u => u.SetProperty(x => x.StaffMemberId, world.Reviewer.StaffId));
        }

        var id = await world.SubmitAsync(world.Reviewer, DeclarationKind.Annual, 2026, IntegrityWorld.Form(1_000_000_000));

        Assert.Equal("Declarations.Error.OwnDeclaration", (await world.Review.AcceptAsync(world.Reviewer, id, await world.VersionAsync(id))).Problem);
    }
}
