using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Keys;
using Portal.Web.Features.Organisation;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Intake;

/// <summary>
/// A Department with a hospital, an inbox held by one handler, and a custodian vault; plus helpers that act
/// as a reporter's browser without JavaScript. Built once per fixture on a fresh database.
/// </summary>
public sealed partial class IntakeWorld
{
    private IntakeWorld(PortalFactory factory) => Factory = factory;

    public PortalFactory Factory { get; }
    public Guid DepartmentId { get; private set; }
    public Guid HospitalId { get; private set; }
    public StaffUser Handler { get; private set; } = default!;
    public string HandlerSession { get; private set; } = "";
    public StaffUser Custodian { get; private set; } = default!;
    public string CustodianSession { get; private set; } = "";

    public static async Task<IntakeWorld> CreateAsync(PortalFactory factory)
    {
        var world = new IntakeWorld(factory);
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            var root = new Unit { Code = "SYT", Name = "Sở Y tế", Kind = UnitKind.Department, ReceivesReports = true };
            var hospital = new Unit { Code = "BVDK", Name = "Bệnh viện Đa khoa", Kind = UnitKind.Hospital, ParentId = root.Id };
            db.Units.AddRange(root, hospital);
            await db.SaveChangesAsync();
            (world.DepartmentId, world.HospitalId) = (root.Id, hospital.Id);
        }

        var keys = factory.Services.GetRequiredService<KeyCustody>();
        world.Handler = await factory.CreateAsync(Roles.Handler, withKey: false);
        world.HandlerSession = (await keys.CreateAsync(world.Handler.Id, TestAccounts.Password))!.Value.SessionId;
        world.Custodian = await factory.CreateAsync(Roles.Custodian, withKey: false);
        world.CustodianSession = (await keys.CreateAsync(world.Custodian.Id, TestAccounts.Password))!.Value.SessionId;
        var inboxes = factory.Services.GetRequiredService<Inboxes>();
        Assert.Equal(GrantOutcome.Granted, await inboxes.CreateAsync(world.DepartmentId, [world.Handler.Id]));
        Assert.Equal(GrantOutcome.Granted, await inboxes.CreateAsync(Inboxes.IdentityVault, [world.Custodian.Id]));
        return world;
    }

    /// <summary>Walks the three steps like a browser without JavaScript and returns the review page (raw HTML).</summary>
    public static async Task<string> ReviewAsync(HttpClient client, Dictionary<string, string> details)
    {
        await client.PostFormAsync("/report", "channel", new Dictionary<string, string> { ["ChannelForm.Channel"] = details.GetValueOrDefault("Details.Channel", "Denunciation") });
        var review = await client.PostFormAsync("/report", "details", details);
        return await review.Content.ReadAsStringAsync();
    }

    /// <summary>Posts the review page's multipart form: token first, then the draft, then the files.</summary>
    public static Task<HttpResponseMessage> SendAsync(HttpClient client, string reviewPage, params (string Name, byte[] Body)[] files) =>
        SendContentAsync(client, reviewPage, files.Select(f => (f.Name, (HttpContent)new ByteArrayContent(f.Body))).ToArray());

    public static Task<HttpResponseMessage> SendContentAsync(HttpClient client, string reviewPage, params (string Name, HttpContent Body)[] files) =>
        SendContentToAsync(client, "/report/send", reviewPage, null, files);

    /// <summary>As a browser sends the form; <paramref name="proof"/> is what the optional solver script adds beside the ticket.</summary>
    public static Task<HttpResponseMessage> SendContentAsync(
        HttpClient client, string reviewPage, string? proof, params (string Name, HttpContent Body)[] files) =>
        SendContentToAsync(client, "/report/send", reviewPage, proof, files);

    /// <summary>The same post to another address, for example "/report/send?culture=en" for the English pages.</summary>
    public static Task<HttpResponseMessage> SendContentToAsync(HttpClient client, string action, string reviewPage, params (string Name, HttpContent Body)[] files) =>
        SendContentToAsync(client, action, reviewPage, null, files);

    private static async Task<HttpResponseMessage> SendContentToAsync(
        HttpClient client, string action, string reviewPage, string? proof, (string Name, HttpContent Body)[] files)
    {
        var token = Regex.Match(reviewPage, "action=\"/report/send\"[^>]*>\\s*<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"([^\"]+)\"");
        var draft = DraftField().Match(reviewPage);
        var submission = SubmissionField().Match(reviewPage);
        Assert.True(token.Success && draft.Success && submission.Success, reviewPage);
        var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent(WebUtility.HtmlDecode(draft.Groups[1].Value)), "draft" },
            { new StringContent(submission.Groups[1].Value), "submission" },
        };
        if (Ticket(reviewPage) is { } ticket)
        {
            content.Add(new StringContent(ticket), "ticket");
        }

        if (proof is not null)
        {
            content.Add(new StringContent(proof), "proof");
        }

        foreach (var (name, body) in files)
        {
            content.Add(body, "files", name);
        }

        return await client.PostAsync(action, content);
    }

    /// <summary>The admission ticket printed in a form (ADR 0011).</summary>
    public static string? Ticket(string page) => TicketField().Match(page) is { Success: true } m ? m.Groups[1].Value : null;

    public static string? Receipt(string page) => ReceiptField().Match(page) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("name=\"draft\" value=\"([^\"]+)\"")]
    private static partial Regex DraftField();

    [GeneratedRegex("name=\"submission\" value=\"([^\"]+)\"")]
    private static partial Regex SubmissionField();

    [GeneratedRegex("name=\"ticket\" value=\"([^\"]+)\"")]
    private static partial Regex TicketField();

    [GeneratedRegex("id=\"receipt\">([^<]+)<")]
    private static partial Regex ReceiptField();
}

public sealed class IntakeFixture : IAsyncLifetime
{
    public PortalFactory Factory { get; } = new();

    public IntakeWorld World { get; private set; } = default!;

    public async Task InitializeAsync() => World = await IntakeWorld.CreateAsync(Factory);

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
