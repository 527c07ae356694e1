using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Deadlines.Duties;
using Portal.Web.Features.Organisation;
using Portal.Web.Features.Outreach;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Outreach;

/// <summary>A hospital under the Department, with a ward of six nurses and an office of two; a programme secretary organises the training.</summary>
public sealed class OutreachTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly OutreachActor secretary = new(Guid.NewGuid(), null, CanManage: true);

    private sealed record World(Guid Hospital, Guid Ward, Guid Office, IReadOnlyList<Guid> Nurses, IReadOnlyList<Guid> Clerks);

    private T Use<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    private Task<PortalDbContext> DbAsync() => Use<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    private DateOnly Today => Portal.Web.DepartmentDate.Today(factory.Clock);

    private async Task<World> WorldAsync()
    {
        await using var db = await DbAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var root = await db.Units.FirstOrDefaultAsync(u => u.ParentId == null);
        if (root is null)
        {
            root = new Unit { Code = "SYT", Name = "Sở Y tế", Kind = UnitKind.Department, ReceivesReports = true };
            db.Units.Add(root);
        }

        var hospital = new Unit { Code = "BV-" + suffix, Name = "Bệnh viện " + suffix, Kind = UnitKind.Hospital, ParentId = root.Id };
        var ward = new Unit { Code = "K-" + suffix, Name = "Khoa Nội", ParentId = hospital.Id };
        var office = new Unit { Code = "P-" + suffix, Name = "Phòng Hành chính", ParentId = hospital.Id };
        var nurses = Enumerable.Range(1, 6).Select(i => new StaffMember { FullName = $"Điều dưỡng {i}", UnitId = ward.Id }).ToList();
        var clerks = Enumerable.Range(1, 2).Select(i => new StaffMember { FullName = $"Văn thư {i}", UnitId = office.Id }).ToList();
        db.Units.AddRange(hospital, ward, office);
        db.StaffMembers.AddRange(nurses.Concat(clerks));
        await db.SaveChangesAsync();
        return new World(hospital.Id, ward.Id, office.Id, nurses.Select(n => n.Id).ToList(), clerks.Select(c => c.Id).ToList());
    }

    private async Task<Guid> MandatoryTrainingAsync(World world, Guid unit, DateOnly due)
    {
        var result = await Use<TrainingRegister>().SaveAsync(secretary, new TrainingForm
        {
            Code = "TH-" + Guid.NewGuid().ToString("N")[..8], Title = "Quy tắc ứng xử", Year = due.Year, Mandatory = true, DueOn = due, UnitIds = [unit],
        });
        Assert.True(result.Done, result.Problem);
        return result.Id!.Value;
    }

    [Fact]
    public async Task SaveAsync_GivesEachPersonInAudienceADuty_WhenTrainingIsMandatory()
    {
        var world = await WorldAsync();
        var due = Today.AddDays(30);

        var training = await MandatoryTrainingAsync(world, world.Hospital, due);

        await using var db = await DbAsync();
        var participants = await db.TrainingParticipants.Where(p => p.TrainingId == training).ToListAsync();
        // The hospital's audience includes the units under it.
        Assert.Equal(world.Nurses.Concat(world.Clerks).Order(), participants.Select(p => p.StaffMemberId).Order());
        var ids = participants.Select(p => p.Id).ToList();
        var duties = await db.Duties.Where(d => d.Kind == DutyKinds.Training && ids.Contains(d.SubjectId)).ToListAsync();
        Assert.Equal(8, duties.Count);
        Assert.All(duties, d =>
        {
            Assert.Equal(due, d.DueOn);
            Assert.Equal("training.attend", d.RuleCode);
            Assert.Equal($"/outreach/{training}", d.Link);
            Assert.Null(d.DoneOn);
            Assert.NotNull(d.OwnerStaffId);
        });
        Assert.True(await db.DeadlineRules.AnyAsync(r => r.Code == "training.attend"));
    }

    [Fact]
    public async Task SaveAsync_ClosesDuty_WhenPersonLeavesTheAudience()
    {
        var world = await WorldAsync();
        var training = await MandatoryTrainingAsync(world, world.Hospital, Today.AddDays(30));
        var form = new TrainingForm { Id = training, Code = "TH-x" + Guid.NewGuid().ToString("N")[..6], Title = "Quy tắc ứng xử", Year = Today.Year, Mandatory = true, DueOn = Today.AddDays(30), UnitIds = [world.Ward] };

        Assert.True((await Use<TrainingRegister>().SaveAsync(secretary, form)).Done);

        await using var db = await DbAsync();
        Assert.Equal(6, await db.TrainingParticipants.CountAsync(p => p.TrainingId == training));
        var open = await db.Duties.Where(d => d.Kind == DutyKinds.Training && d.Link == $"/outreach/{training}" && d.DoneOn == null).CountAsync();
        Assert.Equal(6, open);
    }

    [Fact]
    public async Task RecordAttendanceAsync_ClosesDutyOnSessionDay_AndCountsCoverage()
    {
        var world = await WorldAsync();
        var training = await MandatoryTrainingAsync(world, world.Ward, Today.AddDays(30));
        var heldOn = Today.AddDays(-1);
        var session = (await Use<TrainingRegister>().AddSessionAsync(secretary, training, heldOn, "Hội trường")).Id!.Value;

        var result = await Use<TrainingRegister>().RecordAttendanceAsync(secretary, session, [.. world.Nurses.Take(4), world.Clerks[0]]);

        Assert.True(result.Done);
        await using var db = await DbAsync();
        var participants = await db.TrainingParticipants.Where(p => p.TrainingId == training).ToListAsync();
        Assert.Equal(4, participants.Count(p => p.InAudience && p.AttendedOn == heldOn));
        // The clerk was not in the ward's audience: on record as attending, not counted in coverage.
        Assert.Contains(participants, p => p.StaffMemberId == world.Clerks[0] && !p.InAudience);
        var duties = await db.Duties.Where(d => d.Link == $"/outreach/{training}").ToListAsync();
        Assert.Equal(4, duties.Count(d => d.DoneOn == heldOn));
        Assert.Equal(2, duties.Count(d => d.DoneOn == null));
        var coverage = Assert.Single(await OutreachBoard.CoverageAsync(db, [training], Today, default));
        Assert.Equal((world.Hospital, 6, 4), (coverage.UnitId, coverage.Expected, coverage.Attended));
    }

    [Fact]
    public async Task SubmitAsync_PassesAtPassMark_AndRefusesSomeoneOutsideTheTraining()
    {
        var world = await WorldAsync();
        var training = await MandatoryTrainingAsync(world, world.Ward, Today.AddDays(30));
        Assert.True((await Use<Quizzes>().SaveAsync(secretary, training, QuizText.Parse("Một?\n*Đúng\nSai\n\nHai?\nSai\n*Đúng"))).Done);
        var nurse = new OutreachActor(Guid.NewGuid(), world.Nurses[0], false);
        var clerk = new OutreachActor(Guid.NewGuid(), world.Clerks[0], false);

        var (_, failed) = await Use<Quizzes>().SubmitAsync(nurse, training, [0, 0]);
        var (_, passed) = await Use<Quizzes>().SubmitAsync(nurse, training, [0, 1]);
        var (refused, none) = await Use<Quizzes>().SubmitAsync(clerk, training, [0, 1]);

        Assert.Equal((50, false), (failed!.ScorePercent, failed.Passed));
        Assert.Equal((100, true), (passed!.ScorePercent, passed.Passed));
        Assert.Equal(("Outreach.Error.NotParticipant", null), (refused.Problem, none));
        await using var db = await DbAsync();
        var participant = await db.TrainingParticipants.SingleAsync(p => p.TrainingId == training && p.StaffMemberId == world.Nurses[0]);
        Assert.Equal((Today, 100), (participant.PassedOn, participant.BestScorePercent));
        Assert.Equal(2, await db.QuizAttempts.CountAsync(a => a.TrainingId == training));
    }

    [Fact]
    public async Task Commands_RefuseAndAudit_WhenActorIsNotAManager()
    {
        var world = await WorldAsync();
        var training = await MandatoryTrainingAsync(world, world.Ward, Today.AddDays(30));
        var staff = new OutreachActor(Guid.NewGuid(), world.Nurses[0], false);

        var results = new[]
        {
            await Use<TrainingRegister>().SaveAsync(staff, new TrainingForm { Code = "X", Title = "X", Year = Today.Year }),
            await Use<TrainingRegister>().AddSessionAsync(staff, training, Today, "Phòng họp"),
            await Use<Quizzes>().SaveAsync(staff, training, QuizText.Parse("Một?\n*A\nB")),
            await Use<ChannelRegister>().PublishAsync(staff, world.Hospital, PublicationMedium.NoticeBoard, "Bảng tin", Today),
        };

        Assert.All(results, r => Assert.Equal("Outreach.Error.NotAllowed", r.Problem));
        await using var db = await DbAsync();
        Assert.Equal(4, await db.AuditEntries.CountAsync(e => e.Action == OutreachAudit.Refused && e.ActorUserId == staff.UserId));
        Assert.Null(await Use<OutreachBoard>().DetailAsync(staff, training));
    }

    [Fact]
    public async Task AddMaterialAsync_RefusesScriptLinks()
    {
        var world = await WorldAsync();
        var training = await MandatoryTrainingAsync(world, world.Ward, Today.AddDays(30));

        var refused = await Use<TrainingRegister>().AddMaterialAsync(secretary, training, "Bài giảng", "javascript:alert(1)");
        var done = await Use<TrainingRegister>().AddMaterialAsync(secretary, training, "Bài giảng", "https://syt.example/bai-giang.pdf");

        Assert.Equal("Outreach.Error.Link", refused.Problem);
        Assert.True(done.Done);
    }
}
