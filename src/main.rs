fn main() {
    interviewgids::start();
}
