using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Keys;
using Portal.Web.Features.Organisation;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Cases;

public sealed record Person(StaffUser User, string Session, bool IsLeader)
{
    public Guid Id => User.Id;

    public CaseActor Actor => new(User.Id, Session, IsLeader);
}

public sealed record Submitted(Guid Id, string Receipt, string CaseCode);

/// <summary>
/// A Department (SYT) whose inbox is held by two handlers, the Director and the head of a hospital; a custodian
/// holding the identity vault; a handler of no inbox. The hospital's head and a nurse under them are in the
/// staff directory, so reports naming them exercise conflict-of-interest routing.
/// </summary>
public sealed class CaseWorld
{
    public const string DirectorName = "Nguyễn Văn Giám";
    public const string HeadName = "Trần Văn Hùng";
    public const string NurseName = "Lê Thị Mai";

    private CaseWorld(PortalFactory factory) => Factory = factory;

    public PortalFactory Factory { get; }
    public Guid DepartmentId { get; private set; }
    public Guid HospitalId { get; private set; }
    public Person HandlerA { get; private set; } = default!;
    public Person HandlerB { get; private set; } = default!;
    public Person Director { get; private set; } = default!;
    public Person HospitalHead { get; private set; } = default!;
    public Person Custodian { get; private set; } = default!;
    public Person Stranger { get; private set; } = default!;

    public CaseWorkflow Workflow => Factory.Services.GetRequiredService<CaseWorkflow>();
    public CaseReader Reader => Factory.Services.GetRequiredService<CaseReader>();

    public static async Task<CaseWorld> CreateAsync(PortalFactory factory)
    {
        var world = new CaseWorld(factory);
        var db = await world.DbAsync();
        await using (db)
        {
            var root = new Unit { Code = "SYT", Name = "Sở Y tế", Kind = UnitKind.Department, ReceivesReports = true };
            var hospital = new Unit { Code = "BVDK", Name = "Bệnh viện Đa khoa", Kind = UnitKind.Hospital, ParentId = root.Id };
            db.Units.AddRange(root, hospital);
            await db.SaveChangesAsync();
            (world.DepartmentId, world.HospitalId) = (root.Id, hospital.Id);
        }

        world.HandlerA = await world.PersonAsync(Roles.Handler);
        world.HandlerB = await world.PersonAsync(Roles.Handler);
        world.Director = await world.PersonAsync(Roles.Leader, DirectorName, world.DepartmentId, UnitRole.Head);
        world.HospitalHead = await world.PersonAsync(Roles.Leader, HeadName, world.HospitalId, UnitRole.Head);
        world.Custodian = await world.PersonAsync(Roles.Custodian);
        world.Stranger = await world.PersonAsync(Roles.Handler);
        await using (db = await world.DbAsync())
        {
            db.StaffMembers.Add(new StaffMember { FullName = NurseName, UnitId = world.HospitalId });
            await db.SaveChangesAsync();
        }

        var inboxes = factory.Services.GetRequiredService<Inboxes>();
        Assert.Equal(GrantOutcome.Granted, await inboxes.CreateAsync(world.DepartmentId, [world.HandlerA.Id, world.HandlerB.Id, world.Director.Id, world.HospitalHead.Id]));
        Assert.Equal(GrantOutcome.Granted, await inboxes.CreateAsync(Inboxes.IdentityVault, [world.Custodian.Id]));
        return world;
    }

    public Task<PortalDbContext> DbAsync() => Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    /// <summary>Files a report through the same sealing as the anonymous channel and returns its receipt.</summary>
    public async Task<Submitted> SubmitAsync(string what, string[]? persons = null, string? reporterName = null, ReportChannel channel = ReportChannel.Denunciation,
        string? fileText = null)
    {
        var draft = new ReportDraft
        {
            Channel = channel,
            Content = new ReportContent { WhatHappened = what, ConcernedUnitId = HospitalId, Persons = (persons ?? []).Select(p => new PersonConcerned(p, null, null)).ToList() },
            Identity = reporterName is null ? null : new ReporterIdentity { FullName = reporterName, Phone = "0900000000" },
        };
        var (pending, problem) = await Factory.Services.GetRequiredService<IntakeSubmission>().BeginAsync(draft, CancellationToken.None);
        Assert.NotNull(pending);
        await using (pending)
        {
            if (fileText is not null)
            {
                Assert.Equal(FileProblem.None, await pending.AddFileAsync("bien-ban.txt", "text/plain", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(fileText)), CancellationToken.None));
            }

            var code = await pending.CommitAsync(CancellationToken.None);
            return new Submitted(pending.Id, pending.Receipt.FormatForDisplay(), code);
        }
    }

    public async Task<Report> ReportAsync(Guid id)
    {
        await using var db = await DbAsync();
        return await db.Reports.AsNoTracking().SingleAsync(r => r.Id == id);
    }

    /// <summary>Confirms no conflict and runs one step with the case's current version, as the page would.</summary>
    public async Task<CaseResult> RunAsync(Person who, Guid reportId, CaseAction action, Func<CaseCommand, CaseCommand>? configure = null)
    {
        await Reader.ConfirmNoConflictAsync(who.Id, who.Session, reportId);
        var command = new CaseCommand
        {
            ReportId = reportId, Version = (await ReportAsync(reportId)).Version, Action = action, Reason = $"Lý do {action}", LegalGround = "Luật Tố cáo 2018",
        };
        return await Workflow.RunAsync(who.Actor, configure is null ? command : configure(command));
    }

    public async Task<CaseStage> StageAsync(Guid id) => (await ReportAsync(id)).Stage;

    private async Task<Person> PersonAsync(string role, string? name = null, Guid? unitId = null, UnitRole unitRole = UnitRole.Member)
    {
        var user = await Factory.CreateAsync(role, withKey: false);
        var session = (await Factory.Services.GetRequiredService<KeyCustody>().CreateAsync(user.Id, TestAccounts.Password))!.Value.SessionId;
        if (name is not null)
        {
            await using var db = await DbAsync();
            var member = new StaffMember { FullName = name, UnitId = unitId!.Value, UnitRole = unitRole };
            db.StaffMembers.Add(member);
            await db.SaveChangesAsync();
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.StaffMemberId, member.Id).SetProperty(x => x.DisplayName, name));
        }

        return new Person(user, session, role == Roles.Leader);
    }
}

public sealed class CaseFixture : IAsyncLifetime
{
    public PortalFactory Factory { get; } = new();

    public CaseWorld World { get; private set; } = default!;

    public async Task InitializeAsync() => World = await CaseWorld.CreateAsync(Factory);

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
