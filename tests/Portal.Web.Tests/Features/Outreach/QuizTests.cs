using Portal.Web.Features.Outreach;

namespace Portal.Web.Tests.Features.Outreach;

public sealed class QuizTests
{
    [Fact]
    public void Parse_ReadsQuestionsChoicesAndStarredAnswer_FromBlocks()
    {
        var questions = QuizText.Parse("Câu một?\nA\n*B\n\r\n\nCâu hai?\n*Có\nKhông\n");

        Assert.Equal(2, questions.Count);
        Assert.Equal("Câu một?", questions[0].Text);
        Assert.Equal(["A", "B"], questions[0].Choices);
        Assert.Equal(1, questions[0].Correct);
        Assert.Equal(0, questions[1].Correct);
        Assert.True(Quizzes.Validate(questions).Done);
    }

    [Theory]
    [InlineData("Câu hỏi?\nA\nB")]
    [InlineData("Câu hỏi?\n*A")]
    [InlineData("")]
    public void Validate_Refuses_WhenNoRightAnswerTooFewChoicesOrNoQuestion(string text) =>
        Assert.False(Quizzes.Validate(QuizText.Parse(text)).Done);

    [Fact]
    public void Format_RoundTrips_ThroughParse()
    {
        var stored = new QuizQuestion { Text = "Hỏi?", Options = "Một\nHai\nBa", Correct = 2, Number = 1 };

        var parsed = QuizText.Parse(QuizText.Format([stored]));

        Assert.Equal(["Một", "Hai", "Ba"], parsed[0].Choices);
        Assert.Equal(2, parsed[0].Correct);
    }

    [Theory]
    [InlineData(new[] { 1, 0, 1 }, 100)]
    [InlineData(new[] { 1, 0, 0 }, 66)]
    [InlineData(new int[0], 0)]
    public void Score_CountsRightAnswers_AndUnansweredAsWrong(int[] answers, int expected) =>
        Assert.Equal(expected, Quizzes.Score([1, 0, 1], answers.Select(a => (int?)a).ToList()));
}
