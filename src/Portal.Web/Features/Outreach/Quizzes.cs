using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Audit;

namespace Portal.Web.Features.Outreach;

public sealed record QuizQuestionInput(string Text, IReadOnlyList<string> Choices, int Correct);

/// <summary>A question as the person taking the quiz sees it: never the right answer.</summary>
public sealed record QuizItem(Guid Id, int Number, string Text, IReadOnlyList<string> Choices);

public sealed record QuizOutcome(int ScorePercent, bool Passed, int PassMarkPercent);

/// <summary>
/// A training's short quiz. Managers write it; a participant (in the audience, or who attended) takes it as
/// often as they like and passes at the training's pass mark. Answers are scored on the server and not kept.
/// </summary>
public sealed class Quizzes(IDbContextFactory<PortalDbContext> contexts, AuditLog audit, TimeProvider clock)
{
    public const int MaxQuestions = 20;

    public static OutreachResult Validate(IReadOnlyList<QuizQuestionInput> questions) =>
        questions.Count is 0 or > MaxQuestions ? OutreachResult.Refused("Outreach.Error.QuizSize")
        : questions.Any(q => string.IsNullOrWhiteSpace(q.Text) || q.Choices.Count(c => !string.IsNullOrWhiteSpace(c)) < 2 || q.Correct < 0 || q.Correct >= q.Choices.Count || q.Choices.Any(c => c.Contains('\n')))
            ? OutreachResult.Refused("Outreach.Error.Question")
            : OutreachResult.Ok();

    /// <summary>Whole percent of right answers; an unanswered question is wrong.</summary>
    public static int Score(IReadOnlyList<int> correct, IReadOnlyList<int?> answers) =>
        correct.Count == 0 ? 0 : (int)Math.Floor(100.0 * correct.Where((c, i) => i < answers.Count && answers[i] == c).Count() / correct.Count);

    public async Task<OutreachResult> SaveAsync(OutreachActor actor, Guid trainingId, IReadOnlyList<QuizQuestionInput> questions, CancellationToken cancellationToken = default)
    {
        if (!actor.CanManage)
        {
            await audit.AppendAsync(OutreachAudit.Refused, actor.UserId, trainingId.ToString(), "quiz", cancellationToken);
            return OutreachResult.Refused("Outreach.Error.NotAllowed");
        }

        if (Validate(questions) is { Done: false } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Trainings.AnyAsync(t => t.Id == trainingId, cancellationToken))
        {
            return OutreachResult.Refused("Outreach.Error.NotFound");
        }

        db.QuizQuestions.RemoveRange(await db.QuizQuestions.Where(q => q.TrainingId == trainingId).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        db.QuizQuestions.AddRange(questions.Select((q, i) => new QuizQuestion
        {
            TrainingId = trainingId, Number = i + 1, Text = q.Text.Trim(), Correct = q.Correct,
            Options = string.Join('\n', q.Choices.Select(c => c.Trim())),
        }));
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(OutreachAudit.QuizSaved, actor.UserId, trainingId.ToString(), $"questions={questions.Count}", cancellationToken);
        return OutreachResult.Ok(trainingId);
    }

    public async Task<IReadOnlyList<QuizItem>> QuestionsAsync(Guid trainingId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var questions = await db.QuizQuestions.AsNoTracking().Where(q => q.TrainingId == trainingId).OrderBy(q => q.Number).ToListAsync(cancellationToken);
        return questions.Select(q => new QuizItem(q.Id, q.Number, q.Text, q.Choices)).ToList();
    }

    public async Task<(OutreachResult Result, QuizOutcome? Outcome)> SubmitAsync(OutreachActor actor, Guid trainingId, IReadOnlyList<int?> answers, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var participant = actor.StaffId is { } staffId
            ? await db.TrainingParticipants.FirstOrDefaultAsync(p => p.TrainingId == trainingId && p.StaffMemberId == staffId, cancellationToken)
            : null;
        if (participant is null)
        {
            await audit.AppendAsync(OutreachAudit.Refused, actor.UserId == Guid.Empty ? null : actor.UserId, trainingId.ToString(), "quiz-take", cancellationToken);
            return (OutreachResult.Refused("Outreach.Error.NotParticipant"), null);
        }

        var training = await db.Trainings.AsNoTracking().FirstAsync(t => t.Id == trainingId, cancellationToken);
        var correct = await db.QuizQuestions.AsNoTracking().Where(q => q.TrainingId == trainingId).OrderBy(q => q.Number).Select(q => q.Correct).ToListAsync(cancellationToken);
        if (correct.Count == 0)
        {
            return (OutreachResult.Refused("Outreach.Error.NoQuiz"), null);
        }

        var score = Score(correct, answers);
        var passed = score >= training.PassMarkPercent;
        var now = clock.GetUtcNow();
        db.QuizAttempts.Add(new QuizAttempt { TrainingId = trainingId, StaffMemberId = participant.StaffMemberId, At = now, ScorePercent = score, Passed = passed });
        participant.BestScorePercent = Math.Max(participant.BestScorePercent ?? 0, score);
        if (passed && participant.PassedOn is null)
        {
            participant.PassedOn = DepartmentDate.Of(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(OutreachAudit.QuizTaken, actor.UserId == Guid.Empty ? null : actor.UserId, trainingId.ToString(), passed ? "passed" : "not-passed", cancellationToken);
        return (OutreachResult.Ok(trainingId), new QuizOutcome(score, passed, training.PassMarkPercent));
    }
}
