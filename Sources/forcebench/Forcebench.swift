@main struct Forcebench { static func main() {} }
