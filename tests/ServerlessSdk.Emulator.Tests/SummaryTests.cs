namespace ServerlessSdk.Emulator.Tests;

public sealed class SummaryTests
{
    [Fact]
    public void Summary_of_one_to_ten_has_nearest_rank_p90()
    {
        var summary = Summary.Of([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);

        Assert.Equal(new Summary(10, 5.5, 9, 1, 10), summary);
    }

    [Fact]
    public void Summary_of_an_odd_count_takes_the_middle_value()
    {
        Assert.Equal(new Summary(3, 2, 3, 1, 3), Summary.Of([3, 1, 2]));
    }

    [Fact]
    public void Summary_of_twenty_values_takes_the_eighteenth_as_p90()
    {
        var summary = Summary.Of(Enumerable.Range(1, 20).Select(i => (double)i));

        Assert.Equal(10.5, summary.Median);
        Assert.Equal(18, summary.P90);
    }

    [Fact]
    public void Summary_of_one_value_is_that_value()
    {
        Assert.Equal(new Summary(1, 7.5, 7.5, 7.5, 7.5), Summary.Of([7.5]));
    }

    [Fact]
    public void Summary_of_nothing_is_refused_or_null()
    {
        Assert.Throws<ArgumentException>(() => Summary.Of([]));
        Assert.Null(Summary.OfOrNull([]));
    }
}
