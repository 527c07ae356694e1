using System.Net;
using System.Text;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Crypto;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Keys;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Intake;

/// <summary>
/// Security promise 1 and 2: what a whistleblower writes, uploads or discloses is nowhere at rest in the
/// clear (database, WAL, data folder, logs at Trace, Hangfire), yet the reporter and the entitled handler
/// read it back, and nobody else can, even through the services directly.
/// </summary>
public sealed class CanaryTests(CanaryTests.Fixture fixture) : IClassFixture<CanaryTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public LoggingFactory Factory { get; } = new();

        public IntakeWorld World { get; private set; } = default!;

        public async Task InitializeAsync() => World = await IntakeWorld.CreateAsync(Factory);

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    public sealed class LoggingFactory : PortalFactory
    {
        public CapturingLoggerProvider Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var category in new[] { "Default", "Microsoft", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Hangfire", "System" })
            {
                builder.UseSetting($"Logging:LogLevel:{category}", "Trace");
            }

            builder.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        }
    }

    [Fact]
    public async Task Canary_IsAbsentAtRest_AndOpensOnlyForReporterHandlerAndCustodian()
    {
        var factory = fixture.Factory;
        var world = fixture.World;
        var canary = "CANARY" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        var client = factory.CreateBrowserlessClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd($"Agent{canary}/1.0");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.77");
        client.DefaultRequestHeaders.Referrer = new Uri($"https://referrer.example/{canary}");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/report?culture=vi&probe={canary}")).StatusCode);
        var review = await IntakeWorld.ReviewAsync(client, new Dictionary<string, string>
        {
            ["Details.Channel"] = "GiftBribeAbuse",
            ["Details.WhatHappened"] = $"what {canary}", ["Details.When"] = $"when {canary}", ["Details.Where"] = $"where {canary}",
            ["Details.ConcernedUnitId"] = world.HospitalId.ToString(),
            ["Details.Persons[0].Name"] = $"name {canary}", ["Details.Persons[0].Position"] = $"pos {canary}", ["Details.Persons[0].Unit"] = $"unit {canary}",
            ["Details.Amount"] = $"amount {canary}", ["Details.HowKnown"] = $"how {canary}",
            ["Details.FullName"] = $"full {canary}", ["Details.Address"] = $"addr {canary}", ["Details.Phone"] = canary[..18],
            ["Details.Email"] = $"{canary}@mail.example", ["Details.IdNumber"] = canary[..18],
            ["Details.ProtectionRequested"] = "true", ["Details.ProtectionDetails"] = $"protect {canary}",
        });
        var sent = await IntakeWorld.SendAsync(client, review, ($"file-{canary}.txt", Encoding.UTF8.GetBytes($"body {canary} body")));
        var receipt = IntakeWorld.Receipt(WebUtility.HtmlDecode(await sent.Content.ReadAsStringAsync()));
        Assert.NotNull(receipt);

        // The reporter reads it back with the receipt, and writes again.
        var box = WebUtility.HtmlDecode(await (await client.PostToAsync("/follow-up", "/follow-up/open", new Dictionary<string, string> { ["receipt"] = receipt })).Content.ReadAsStringAsync());
        Assert.Contains($"what {canary}", box, StringComparison.Ordinal);
        Assert.Contains($"full {canary}", box, StringComparison.Ordinal);
        Assert.Contains($"file-{canary}.txt", box, StringComparison.Ordinal);
        var token = System.Text.RegularExpressions.Regex.Match(box, "name=\"token\" value=\"([^\"]+)\"").Groups[1].Value;
        var antiforgery = System.Text.RegularExpressions.Regex.Match(box, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var reply = await client.PostAsync("/follow-up/send", new MultipartFormDataContent
        {
            { new StringContent(antiforgery), "__RequestVerificationToken" }, { new StringContent(token), "token" },
            { new StringContent($"reply {canary}"), "text" },
        });
        Assert.Contains($"reply {canary}", WebUtility.HtmlDecode(await reply.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        Guid reportId;
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            reportId = (await db.Reports.OrderByDescending(r => r.CaseCode).FirstAsync()).Id;
        }

        // The handler works the case, quoting the report in every free text the workflow keeps.
        await factory.Services.GetRequiredService<CaseReader>().ConfirmNoConflictAsync(world.Handler.Id, world.HandlerSession, reportId);
        await WorkCaseAsync(factory, new CaseActor(world.Handler.Id, world.HandlerSession, false), reportId, canary);

        // Nothing in the clear at rest: every file of the data folder (database, WAL, attachments, keys) or, on
        // PostgreSQL, of the server's cluster after a checkpoint (tables, indexes, WAL); logs; Hangfire.
        var needle = Encoding.UTF8.GetBytes(canary);
        var searched = new List<string>();
        foreach (var file in TestDatabase.FilesAtRest(factory))
        {
            searched.Add(file);
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.True(copy.ToArray().AsSpan().IndexOf(needle) < 0, $"{Path.GetFileName(file)} holds the canary in the clear");
        }

        Assert.True(TestDatabase.IsPostgreSql
            ? searched.Any(f => f.Contains($"{Path.DirectorySeparatorChar}pg_wal{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            : searched.Contains(Path.Combine(factory.DataDirectory, "portal.db-wal")), "the WAL was searched");
        Assert.NotEmpty(factory.Logs.Lines);
        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains(canary, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains("203.0.113.77", StringComparison.Ordinal));
        var monitoring = JobStorage.Current.GetMonitoringApi();
        var jobs = monitoring.SucceededJobs(0, 1000).Select(j => j.Value.Job).Concat(monitoring.EnqueuedJobs("default", 0, 1000).Select(j => j.Value.Job));
        Assert.DoesNotContain(jobs, job => job is not null && string.Join(",", job.Args).Contains(canary, StringComparison.Ordinal));

        // The entitled handler reads content, never the identity.
        var reader = factory.Services.GetRequiredService<CaseReader>();
        var (access, caseFile) = await reader.OpenAsync(world.Handler.Id, world.HandlerSession, reportId);
        var view = caseFile?.Report;
        Assert.Equal(CaseAccess.Opened, access);
        Assert.Contains(canary, view!.Content.WhatHappened, StringComparison.Ordinal);
        Assert.Contains(view.Messages, m => m.Text.Contains(canary, StringComparison.Ordinal));
        Assert.Null(view.Identity);

        // A handler of no inbox, and an administrator, cannot, whatever the page would show.
        var stranger = await factory.CreateAsync(Roles.Handler, withKey: false);
        var strangerSession = (await factory.Services.GetRequiredService<KeyCustody>().CreateAsync(stranger.Id, TestAccounts.Password))!.Value.SessionId;
        Assert.Equal(CaseAccess.NotMember, (await reader.OpenAsync(stranger.Id, strangerSession, reportId)).Access);
        var admin = await factory.CreateAsync(Roles.Administrator);
        Assert.Equal(CaseAccess.NotMember, (await reader.OpenAsync(admin.Id, null, reportId)).Access);

        // The custodian opens the identity through the vault; the handler's keys cannot.
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            var report = await db.Reports.SingleAsync(r => r.Id == reportId);
            var inboxes = factory.Services.GetRequiredService<Inboxes>();
            using var vault = await inboxes.OpenAsync(Inboxes.IdentityVault, world.Custodian.Id, world.CustodianSession);
            Assert.NotNull(vault);
            Assert.True(Sealing.TryOpenKey(report.IdentityKeyForVault!, vault, ReportCipher.Ad(reportId, "identity-key-vault"), out var identityKey));
            using (identityKey)
            {
                Assert.True(ReportCipher.TryDecryptJson<ReporterIdentity>(identityKey, report.Identity!, ReportCipher.Ad(reportId, "identity"), out var identity));
                Assert.Equal($"full {canary}", identity!.FullName);
            }

            Assert.Null(await inboxes.OpenAsync(Inboxes.IdentityVault, world.Handler.Id, world.HandlerSession));
            using var handlerInbox = await inboxes.OpenAsync(world.DepartmentId, world.Handler.Id, world.HandlerSession);
            Assert.False(Sealing.TryOpenKey(report.IdentityKeyForVault!, handlerInbox!, ReportCipher.Ad(reportId, "identity-key-vault"), out _));
        }
    }

    private static async Task WorkCaseAsync(LoggingFactory factory, CaseActor handler, Guid reportId, string canary)
    {
        var workflow = factory.Services.GetRequiredService<CaseWorkflow>();
        async Task StepAsync(CaseAction action, Func<CaseCommand, CaseCommand>? configure = null)
        {
            await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            var version = (await db.Reports.AsNoTracking().SingleAsync(r => r.Id == reportId)).Version;
            var command = new CaseCommand { ReportId = reportId, Version = version, Action = action, Reason = $"reason {canary}", LegalGround = "Luật Tố cáo 2018" };
            var result = await workflow.RunAsync(handler, configure is null ? command : configure(command));
            Assert.True(result.Outcome == CaseOutcome.Done, result.ToString());
        }

        await StepAsync(CaseAction.Classify, c => c with { Track = ReportTrack.IdentifiedDenunciation });
        await StepAsync(CaseAction.Accept);
        var notes = factory.Services.GetRequiredService<CaseNotes>();
        Assert.Equal(CaseOutcome.Done, (await notes.AddAsync(handler, reportId, NoteKind.Note, $"note {canary}", null)).Outcome);
        Assert.Equal(CaseOutcome.Done, (await notes.AddAsync(handler, reportId, NoteKind.Task, $"task {canary}", null)).Outcome);
        Assert.Equal(CaseAccess.Opened, await factory.Services.GetRequiredService<CaseReader>().ReplyAsync(handler.UserId, handler.Session, reportId, $"answer {canary}"));
        await StepAsync(CaseAction.ProposeConclusion, c => c with
        {
            Outcome = ConclusionOutcome.Substantiated, Findings = $"findings {canary}",
            Actions = [new ProposedAction(ActionKind.Discipline, $"action {canary}", false)],
        });
    }
}
