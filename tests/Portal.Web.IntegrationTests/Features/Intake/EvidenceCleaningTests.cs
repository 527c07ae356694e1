using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Crypto;
using Portal.Web.Data;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Keys;

namespace Portal.Web.IntegrationTests.Features.Intake;

/// <summary>Photos and documents lose what could identify the reporter before handlers see them; the original stays as evidence for the custodian.</summary>
public sealed class EvidenceCleaningTests(IntakeFixture fixture) : IClassFixture<IntakeFixture>
{
    private static byte[] Segment(byte marker, byte[] payload)
    {
        var length = payload.Length + 2;
        return [0xFF, marker, (byte)(length >> 8), (byte)length, .. payload];
    }

    /// <summary>A decodable 16x8 grey JPEG wrapped in a comment, XMP and Exif that carry the marker.</summary>
    private static byte[] PhotoWith(string marker) =>
    [
        0xFF, 0xD8,
        .. Segment(0xE0, [.. "JFIF\0"u8, 1, 2, 0, 0, 1, 0, 1, 0, 0]),
        .. Segment(0xE1, [.. "Exif\0\0"u8, .. Encoding.ASCII.GetBytes($"MM\0*\0\0\0\bSerial {marker}")]),
        .. Segment(0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Encoding.UTF8.GetBytes($"<x:xmpmeta>GPS 21.0285N {marker}</x:xmpmeta>")]),
        .. Segment(0xFE, Encoding.UTF8.GetBytes($"Chụp tại phòng kế toán {marker}")),
        .. Segment(0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]),
        .. Segment(0xC0, [8, 0, 8, 0, 16, 1, 1, 0x11, 0]),
        .. Segment(0xC4, [0x00, 1, .. new byte[15], 0x00]),
        .. Segment(0xC4, [0x10, 1, .. new byte[15], 0x00]),
        .. Segment(0xDD, [0, 1]),
        .. Segment(0xDA, [1, 1, 0x00, 0, 63, 0]),
        0x3F, 0xFF, 0xD0, 0x3F, 0xFF, 0xD9,
    ];

    [Fact]
    public async Task Photo_IsCleanedForHandlers_AndOriginalKeptForCustodianOnly()
    {
        var world = fixture.World;
        var factory = fixture.Factory;
        var marker = "SECRET" + Guid.NewGuid().ToString("N")[..10];
        var client = factory.CreateBrowserlessClient();
        var review = await IntakeWorld.ReviewAsync(client, new Dictionary<string, string> { ["Details.Channel"] = "Denunciation", ["Details.WhatHappened"] = "Ảnh chụp phong bì." });

        var sent = await IntakeWorld.SendAsync(client, review, ("anh.jpg", PhotoWith(marker)), ("ghi-chu.txt", "văn bản"u8.ToArray()));
        var page = WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("đã xoá thông tin ẩn có thể làm lộ bạn", page, StringComparison.Ordinal);
        Assert.Contains("ghi chú ẩn", page, StringComparison.Ordinal);
        Assert.Contains("định dạng này không có thông tin ẩn", page, StringComparison.Ordinal);

        Guid reportId;
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            reportId = (await db.Reports.OrderByDescending(r => r.CaseCode).FirstAsync()).Id;
        }

        // The handler sees two files: the cleaned photo (what was removed is listed) and the text file as sent.
        var reader = factory.Services.GetRequiredService<CaseReader>();
        await reader.ConfirmNoConflictAsync(world.Handler.Id, world.HandlerSession, reportId);
        var (access, caseFile) = await reader.OpenAsync(world.Handler.Id, world.HandlerSession, reportId);
        var view = caseFile?.Report;
        Assert.Equal(CaseAccess.Opened, access);
        Assert.Equal(2, view!.Attachments.Count);
        var photo = view.Attachments.Single(a => a.Name == "anh.jpg");
        Assert.NotEmpty(photo.Removed);
        var (_, file) = await reader.OpenFileAsync(world.Handler.Id, world.HandlerSession, reportId, photo.Id);
        using var cleaned = new MemoryStream();
        await using (file!.Value.Content)
        {
            await file.Value.Content.CopyToAsync(cleaned);
        }

        Assert.True(cleaned.ToArray().AsSpan().IndexOf(Encoding.ASCII.GetBytes(marker)) < 0, "the cleaned photo still carries the marker");
        Assert.Equal((byte)0xD8, cleaned.ToArray()[1]);

        // The original is there, opens with the originals key through the custodians' vault, and not with the handler's keys.
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            var report = await db.Reports.SingleAsync(r => r.Id == reportId);
            var original = await db.ReportAttachments.SingleAsync(a => a.ReportId == reportId && a.IsOriginal);
            Assert.Equal(photo.Id, original.CleanedCopyId);
            var (handlerAccess, handlerFile) = await reader.OpenFileAsync(world.Handler.Id, world.HandlerSession, reportId, original.Id);
            Assert.True(handlerAccess != CaseAccess.Opened || handlerFile is null);

            using var vault = await factory.Services.GetRequiredService<Inboxes>().OpenAsync(Inboxes.IdentityVault, world.Custodian.Id, world.CustodianSession);
            Assert.True(Sealing.TryOpenKey(report.OriginalsKeyForVault!, vault!, ReportCipher.Ad(reportId, "originals-key-vault"), out var originals));
            using (originals)
            {
                var fileKey = ReportCipher.UnwrapKey(originals, original.FileKey, ReportCipher.Ad(reportId, "file-key", original.Id));
                Assert.NotNull(fileKey);
                using var plain = new MemoryStream();
                await using (var stored = File.OpenRead(Path.Combine(factory.DataDirectory, "attachments", original.StoredName)))
                {
                    Assert.True(await StreamCipher.TryDecryptAsync(stored, plain, fileKey, ReportCipher.Ad(reportId, "file", original.Id)));
                }

                Assert.True(plain.ToArray().AsSpan().IndexOf(Encoding.ASCII.GetBytes(marker)) >= 0, "the original keeps its metadata as evidence");
            }
        }
    }
}
