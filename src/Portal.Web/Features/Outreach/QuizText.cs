namespace Portal.Web.Features.Outreach;

/// <summary>
/// The quiz as managers type it: one block per question separated by a blank line; the first line is the
/// question, each following line a choice, the right one starting with "*".
/// </summary>
public static class QuizText
{
    public static IReadOnlyList<QuizQuestionInput> Parse(string? text)
    {
        var blocks = (text ?? "").Replace("\r", "").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return blocks.Select(block =>
        {
            var lines = block.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var choices = lines.Skip(1).ToList();
            var correct = choices.FindIndex(c => c.StartsWith('*'));
            return new QuizQuestionInput(lines[0], choices.Select(c => c.TrimStart('*').Trim()).ToList(), correct);
        }).ToList();
    }

    public static string Format(IEnumerable<QuizQuestion> questions) => string.Join("\n\n", questions.OrderBy(q => q.Number).Select(q =>
        string.Join('\n', new[] { q.Text }.Concat(q.Choices.Select((c, i) => i == q.Correct ? "*" + c : c)))));
}
