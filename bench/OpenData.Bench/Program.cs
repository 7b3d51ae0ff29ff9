Console.WriteLine("usage: dotnet run -c Release --project bench/OpenData.Bench -- <benchmark> [options]");
