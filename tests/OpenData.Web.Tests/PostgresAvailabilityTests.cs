using Npgsql;
using OpenData.TestSupport;

namespace OpenData.Web.Tests;

public sealed class PostgresAvailabilityTests
{
    [Fact]
    public void A_private_database_accepts_connections()
    {
        var connectionString = PostgresServer.CreateDatabase();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("select 'Sở Y tế'", connection);
        Assert.Equal("Sở Y tế", command.ExecuteScalar());
    }
}
