//! The GUI tests' one support module: the simulator, clicks and typing, and a bench that
//! runs the screens' own tasks against a real store, as the app's runtime does.

#![allow(dead_code)]

pub mod screens;
