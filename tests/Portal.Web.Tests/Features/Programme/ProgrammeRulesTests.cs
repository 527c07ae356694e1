using System.Security.Claims;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Programme;

namespace Portal.Web.Tests.Features.Programme;

public sealed class ProgrammeRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    [InlineData(-1, ProgrammeTaskStatus.InProgress, true)]
    [InlineData(-1, ProgrammeTaskStatus.NotStarted, true)]
    [InlineData(0, ProgrammeTaskStatus.InProgress, false)]
    [InlineData(-1, ProgrammeTaskStatus.Done, false)]
    [InlineData(-30, ProgrammeTaskStatus.Cancelled, false)]
    public void IsOverdue_IsTrue_OnlyWhenPastDueAndOpen(int dueInDays, ProgrammeTaskStatus status, bool overdue) =>
        Assert.Equal(overdue, ProgrammeTask.IsOverdue(Today.AddDays(dueInDays), status, Today));

    [Theory]
    [InlineData(LoopholeStatus.Proposed, LoopholeStatus.Accepted, true)]
    [InlineData(LoopholeStatus.Proposed, LoopholeStatus.Rejected, true)]
    [InlineData(LoopholeStatus.Accepted, LoopholeStatus.Fixed, true)]
    [InlineData(LoopholeStatus.Accepted, LoopholeStatus.Rejected, true)]
    [InlineData(LoopholeStatus.Proposed, LoopholeStatus.Fixed, false)]
    [InlineData(LoopholeStatus.Fixed, LoopholeStatus.Accepted, false)]
    [InlineData(LoopholeStatus.Rejected, LoopholeStatus.Proposed, false)]
    [InlineData(LoopholeStatus.Accepted, LoopholeStatus.Accepted, false)]
    public void CanMove_FollowsProposedAcceptedFixed_WhenAsked(LoopholeStatus from, LoopholeStatus to, bool allowed) =>
        Assert.Equal(allowed, Loophole.CanMove(from, to));

    [Fact]
    public void Sort_OrdersCodesAsTheProgrammeNumbersThem_WhenMixed()
    {
        var codes = new List<string> { "10", "2", "1.10", "1", "1.2", "A.1", "A" };

        codes.Sort(CodeOrder.Instance);

        Assert.Equal(["1", "1.2", "1.10", "2", "10", "A", "A.1"], codes);
    }

    [Theory]
    [InlineData(Roles.Leader, true, false)]
    [InlineData(Roles.ProgrammeSecretary, true, false)]
    [InlineData(Roles.Administrator, false, true)]
    [InlineData(Roles.Staff, false, false)]
    [InlineData(Roles.Handler, false, false)]
    public void From_GivesEditRights_OnlyToLeadersAndSecretaries(string role, bool canEdit, bool criteriaOnly)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(ClaimTypes.Role, role)], "test"));

        var actor = ProgrammeActor.From(user);

        Assert.Equal(canEdit, actor.CanEdit);
        Assert.Equal(canEdit || criteriaOnly, actor.CanEditCriteria);
    }

    [Fact]
    public void From_GivesNoRights_WhenSignedOut()
    {
        var actor = ProgrammeActor.From(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Leader)])));

        Assert.False(actor.CanEdit);
    }
}
