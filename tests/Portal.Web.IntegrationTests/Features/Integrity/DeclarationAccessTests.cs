using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Crypto;
using Portal.Web.Features.Integrity;
using Portal.Web.Features.Integrity.Declarations;
using Portal.Web.Features.Keys;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Integrity;

/// <summary>Declarations are opened by keys: the declarant, the reviewers' inbox, and the control body after hand-over; nobody else, even calling services directly.</summary>
public sealed class DeclarationAccessTests : IntegrityTestBase
{
    [Fact]
    public async Task Read_OpensOnlyForDeclarantReviewerAndControlBodyAfterHandOver_WhenCalledDirectly()
    {
        const string canary = "CANARY-nha-o-so-7-duong-Hoa-Binh";
        var id = await World.SubmitAsync(World.Declarant, DeclarationKind.Annual, 2026, IntegrityWorld.Form(2_000_000_000, canary));

        Assert.Equal(canary, (await World.Workflow.ReadAsync(World.Declarant, id))!.Form!.Items[0].Description);
        Assert.Equal(canary, (await World.Workflow.ReadAsync(World.Reviewer, id))!.Form!.Items[0].Description);
        var stranger = (await World.Workflow.ReadAsync(World.Stranger, id))!;
        Assert.Null(stranger.Form);
        Assert.Equal(DeclarationAccess.NotEntitled, stranger.Access);
        Assert.Null((await World.Workflow.ReadAsync(World.Control, id))!.Form);
        Assert.Null((await World.Workflow.ReadAsync(World.Head, id))!.Form);

        // The stranger's own key opens none of the sealed copies, whatever code calls it.
        var d = await World.DeclarationAsync(id);
        var ring = Factory.Services.GetRequiredService<KeyRing>();
        Assert.True(ring.TryGet(World.Stranger.Session, World.Stranger.UserId, out var strangerKey));
        Assert.False(Sealing.TryOpenKey(d.ContentKeyForDeclarant, strangerKey, DeclarationCipher.DeclarantKeyAd(id), out _));
        Assert.False(Sealing.TryOpenKey(d.ContentKeyForReviewers!, strangerKey, DeclarationCipher.ReviewersKeyAd(id), out _));
        Assert.False(Sealing.TryOpenKey(d.ContentKeyForControlBody!, strangerKey, DeclarationCipher.ControlBodyKeyAd(id), out _));
        Assert.Equal(IntegrityResult.NotPermitted, (await World.Review.AcceptAsync(World.Stranger, id, d.Version)).Problem);

        Assert.True((await World.Review.AcceptAsync(World.Reviewer, id, d.Version)).Done);
        Assert.True((await World.Review.HandOverAsync(World.Reviewer, id, await World.VersionAsync(id))).Done);
        Assert.Equal(canary, (await World.Workflow.ReadAsync(World.Control, id))!.Form!.Items[0].Description);
    }

    [Fact]
    public async Task Store_HoldsNoPlaintext_WhenDeclarationSubmittedAndCorrected()
    {
        const string canary = "CANARY-so-tiet-kiem-ngan-hang-X";
        var id = await World.SubmitAsync(World.Declarant2, DeclarationKind.Annual, 2026, IntegrityWorld.Form(123_456_789_000, canary));
        Assert.True((await World.Review.RequestCorrectionAsync(World.Reviewer, id, await World.VersionAsync(id), "CANARY-ly-do-bo-sung")).Done);

        // Every file where stored data sits: the data folder (SQLite and its WAL) or, on PostgreSQL, the cluster too.
        foreach (var file in TestDatabase.FilesAtRest(Factory))
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
        await using (var db = await World.DbAsync())
        {
            await db.Users.Where(u => u.Id == World.Reviewer.UserId).ExecuteUpdateAsync(u => u.SetProperty(x => x.StaffMemberId, World.Reviewer.StaffId));
        }

        var id = await World.SubmitAsync(World.Reviewer, DeclarationKind.Annual, 2026, IntegrityWorld.Form(1_000_000_000));

        Assert.Equal("Declarations.Error.OwnDeclaration", (await World.Review.AcceptAsync(World.Reviewer, id, await World.VersionAsync(id))).Problem);
    }
}
